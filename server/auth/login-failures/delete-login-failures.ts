import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** Forgets a key's failures (hashed): a successful login resets its account. */
export async function deleteLoginFailures(db: Kysely<DatabaseSchema>, scope: string, keyHash: string): Promise<void> {
  await db.deleteFrom('login_failures').where('scope', '=', scope).where('key_hash', '=', keyHash).execute()
}
