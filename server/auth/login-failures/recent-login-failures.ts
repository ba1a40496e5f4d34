import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { LoginFailure } from '../../db/schema/login-failure'

/** The failures of these keys (hashed) since a time, oldest first. */
export function recentLoginFailures(
  db: Kysely<DatabaseSchema>,
  scope: string,
  keyHashes: string[],
  since: Date,
): Promise<Pick<LoginFailure, 'key_hash' | 'failed_at'>[]> {
  return db
    .selectFrom('login_failures')
    .select(['key_hash', 'failed_at'])
    .where('scope', '=', scope)
    .where('key_hash', 'in', keyHashes)
    .where('failed_at', '>', since)
    .orderBy('failed_at')
    .execute()
}
