import type { Generated, Selectable } from 'kysely'

export type Role = 'admin' | 'unit_manager' | 'viewer'

export interface User {
  id: Generated<number>
  email: string
  name: string
  password_hash: string
  role: Role
  agency_id: number | null
  active: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type UserRow = Selectable<User>
export const tableName = 'users'
export type PartialDB = { [tableName]: User }
