import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import type { SessionUser } from './session-user'

export const SESSION_COOKIE = 'hl_session'
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

// Only a hash of the token is stored, so a leaked database dump cannot be replayed as cookies.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Also removes every expired session, so the table holds about one working day of logins. */
export async function createSession(db: Kysely<DatabaseSchema>, userId: number): Promise<{ token: string; expiresAt: Date }> {
  await deleteExpiredSessions(db)
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS)
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt })
    .execute()
  return { token, expiresAt }
}

export async function getSessionUser(db: Kysely<DatabaseSchema>, token: string): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.agency_id', 'users.organisation_id'])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date())
    .where('users.active', '=', true)
    .executeTakeFirst()
  return row && { id: row.id, email: row.email, name: row.name, role: row.role, agencyId: row.agency_id, organisationId: row.organisation_id }
}

export async function deleteSession(db: Kysely<DatabaseSchema>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute()
}

async function deleteExpiredSessions(db: Kysely<DatabaseSchema>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute()
}
