import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/**
 * Stores one failure per key (hashed) at `at`, and in the same statement deletes the scope's
 * failures at or before `expireBefore`: every failure pays for the expiry of those that aged out,
 * so the table stays bounded under a spray of different emails or addresses.
 */
export async function insertLoginFailures(db: Kysely<DatabaseSchema>, scope: string, keyHashes: string[], at: Date, expireBefore: Date): Promise<void> {
  await db
    .with('expired', (qb) => qb.deleteFrom('login_failures').where('scope', '=', scope).where('failed_at', '<=', expireBefore))
    .insertInto('login_failures')
    .values(keyHashes.map((key_hash) => ({ scope, key_hash, failed_at: at })))
    .execute()
}
