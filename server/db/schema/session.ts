import type { Generated } from 'kysely'

export interface Session {
  token_hash: string
  user_id: number
  created_at: Generated<Date>
  expires_at: Date
}
export const tableName = 'sessions'
export type PartialDB = { [tableName]: Session }
