import type { Role } from '../db/schema/user'

/** The logged-in account as the routes see it. */
export interface SessionUser {
  id: number
  email: string
  name: string
  role: Role
  agencyId: number | null
  organisationId: number | null
}
