import type { Generated } from 'kysely'

/** A surveyor's device logged in for field work (14 days, revocable by admins). */
export interface DeviceSession {
  id: Generated<number>
  token_hash: string
  user_id: number
  /** What the surveyor called the device when logging in, e.g. "Máy tính bảng 3". */
  label: string
  created_at: Generated<Date>
  last_seen_at: Generated<Date>
  expires_at: Date
  revoked_at: Date | null
  revoked_by: number | null
}
export const tableName = 'device_sessions'
export type PartialDB = { [tableName]: DeviceSession }
