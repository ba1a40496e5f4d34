import type { ColumnType, Generated, Selectable } from 'kysely'

export type { Role } from '../../../shared/auth/schemas'

import type { Role } from '../../../shared/auth/schemas'

export interface User {
  id: Generated<number>
  email: string
  name: string
  password_hash: string
  role: Role
  agency_id: number | null
  organisation_id: ColumnType<number | null, number | null | undefined, number | null>
  active: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type UserRow = Selectable<User>
export const tableName = 'users'
export type PartialDB = { [tableName]: User }
