import type { Generated, Selectable } from 'kysely'

export interface Organisation {
  id: Generated<number>
  name: string
  created_at: Generated<Date>
}
export type OrganisationRow = Selectable<Organisation>
export const tableName = 'organisations'
export type PartialDB = { [tableName]: Organisation }
