import type { Kysely, Transaction } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** Agency codes are unique regardless of case. */
export function findAgencyByCode(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, code: string) {
  return db
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase()))
    .executeTakeFirst()
}
