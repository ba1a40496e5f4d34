import type { User } from '../../shared/users/schemas'
import type { UserRow } from '../db/schema/user'

/** API shape of an account: never the password hash. */
export function toUser(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'agency_id' | 'organisation_id' | 'active'>): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, agencyId: row.agency_id, organisationId: row.organisation_id, active: row.active }
}

export const userColumns = ['id', 'email', 'name', 'role', 'agency_id', 'organisation_id', 'active'] as const
