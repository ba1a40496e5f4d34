import { createHash, randomBytes } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import { DEVICE_SESSION_DAYS } from '../../shared/field/device-session'
import type { SessionUser } from '../auth/session-user'
import type { DatabaseSchema } from '../db/schema'
import { ApiError, unauthorized } from '../http/errors'

/** Sent to the field API only: the admin app's pages never carry it. */
export const DEVICE_COOKIE = 'hl_device'
export const DEVICE_COOKIE_PATH = '/api/v1/field'
type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>
const DEVICE_SESSION_TTL_MS = DEVICE_SESSION_DAYS * 24 * 60 * 60 * 1000

// As for admin sessions: only a hash of the token is stored.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Also removes the expired device sessions: the admins' list shows the live ones (revoked included). */
export async function createDeviceSession(db: Db, userId: number, label: string): Promise<{ id: number; token: string; expiresAt: Date }> {
  await db.deleteFrom('device_sessions').where('expires_at', '<=', new Date()).execute()
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + DEVICE_SESSION_TTL_MS)
  const { id } = await db
    .insertInto('device_sessions')
    .values({ token_hash: hashToken(token), user_id: userId, label, expires_at: expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id, token, expiresAt }
}

/** The device session a field request came with. */
export interface FieldDeviceSession {
  id: number
  /** No interview on this device is older than its login. */
  createdAt: Date
}

/**
 * The account behind a device's token, noting when the device was last seen; 401 naming why
 * when the session was revoked by an admin, has expired, or its account was deactivated.
 */
export async function deviceSessionUser(db: Kysely<DatabaseSchema>, token: string): Promise<{ user: SessionUser; session: FieldDeviceSession }> {
  const row = await db
    .updateTable('device_sessions')
    .set({ last_seen_at: new Date() })
    .where('token_hash', '=', hashToken(token))
    .returning(['id', 'user_id', 'created_at', 'revoked_at', 'expires_at'])
    .executeTakeFirst()
  if (!row) throw unauthorized('This device is not logged in for field work')
  if (row.revoked_at) throw new ApiError(401, 'device_session_revoked', 'An administrator has revoked this device’s session: log in again to send its answers')
  if (row.expires_at <= new Date()) throw new ApiError(401, 'device_session_expired', 'This device’s session has expired: log in again to send its answers')
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'agency_id', 'organisation_id'])
    .where('id', '=', row.user_id)
    .where('active', '=', true)
    .executeTakeFirst()
  if (!user) throw unauthorized('This account is no longer active')
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agency_id, organisationId: user.organisation_id },
    session: { id: row.id, createdAt: row.created_at },
  }
}
