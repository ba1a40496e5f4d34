import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import type { FieldBundle } from '../../shared/field/bundle'
import type { FieldDevice } from '../../shared/field/schemas'

/** What the device keeps besides the answers waiting in the outbox (those live in `hailong-field-outbox`). */
interface KeptValues {
  /** The surveyor logged in on this device; without it the app asks to log in. */
  device: FieldDevice
  /** The questionnaires of the surveyor's campaigns, as last downloaded. */
  bundle: FieldBundle
  /** When the server last acknowledged an answer of this device (ms since the epoch). */
  lastSync: number
}

interface FieldSchema extends DBSchema {
  kept: { key: keyof KeptValues; value: KeptValues[keyof KeptValues] }
}

export class FieldStore {
  private constructor(private readonly db: IDBPDatabase<FieldSchema>) {}

  static async open(name = 'hailong-field'): Promise<FieldStore> {
    const db = await openDB<FieldSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('kept')
      },
    })
    return new FieldStore(db)
  }

  async get<K extends keyof KeptValues>(key: K): Promise<KeptValues[K] | undefined> {
    return (await this.db.get('kept', key)) as KeptValues[K] | undefined
  }

  async put<K extends keyof KeptValues>(key: K, value: KeptValues[K]): Promise<void> {
    await this.db.put('kept', value, key)
  }
}
