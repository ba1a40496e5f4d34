import type { Kysely } from 'kysely'
import type { FieldSurveyor } from '../../shared/field/schemas'
import type { DatabaseSchema } from '../db/schema'

/** The surveyor as their device shows them: name, email and organisation. */
export async function loadSurveyor(db: Kysely<DatabaseSchema>, userId: number): Promise<FieldSurveyor> {
  const row = await db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.name', 'users.email', 'organisations.name as organisationName'])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow()
  return row
}
