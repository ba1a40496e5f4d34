import type { Generated, Selectable } from 'kysely'

export interface Agency {
  id: Generated<number>
  parent_id: number | null
  name: string
  code: string
  kind: string
  active: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type AgencyRow = Selectable<Agency>
export const tableName = 'agencies'
export type PartialDB = { [tableName]: Agency }
