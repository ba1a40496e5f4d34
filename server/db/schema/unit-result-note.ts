import type { Generated } from 'kysely'

/** What a unit does about its weakest criteria, for its results poster of a campaign. */
export interface UnitResultNote {
  campaign_id: number
  agency_id: number
  text: string
  updated_at: Generated<Date>
  updated_by: number | null
}
export const tableName = 'unit_result_notes'
export type PartialDB = { [tableName]: UnitResultNote }
