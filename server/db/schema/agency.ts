import type { ColumnType, Generated, Selectable } from 'kysely'

export interface Agency {
  id: Generated<number>
  parent_id: number | null
  name: string
  code: string
  kind: string
  active: Generated<boolean>
  /** Opening days, 1 = Monday … 7 = Sunday (Viet Nam time). */
  open_days: ColumnType<number[], number[] | undefined, number[]>
  /** Opening hours as whole hours [opens_at, closes_at). */
  opens_at: Generated<number>
  closes_at: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type AgencyRow = Selectable<Agency>
export const tableName = 'agencies'
export type PartialDB = { [tableName]: Agency }
