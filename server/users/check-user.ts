import type { Kysely, Transaction } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import type { Role } from '../db/schema/user'
import { conflict, fieldError, problem } from '../http/errors'

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>

/** A unit manager belongs to an agency; any agency given must exist. */
export async function checkRoleAgency(db: Db, role: Role, agencyId: number | null): Promise<void> {
  if (role === 'unit_manager' && agencyId === null) throw fieldError('agencyId', 'required', 'is required for a unit manager')
  if (agencyId !== null) {
    const agency = await db.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst()
    if (!agency) throw fieldError('agencyId', 'not_found', 'no such agency')
  }
}

/** Any organisation given must exist. */
export async function checkOrganisation(db: Db, organisationId: number | null): Promise<void> {
  if (organisationId === null) return
  const organisation = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst()
  if (!organisation) throw fieldError('organisationId', 'not_found', 'no such organisation')
}

/** 409 naming `email` when another account already uses the address (case-insensitive). */
export async function checkEmailFree(db: Db, email: string): Promise<void> {
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst()
  if (taken) throw conflict('An account with this email already exists', { email: problem('email_taken', 'is already used by another account') })
}
