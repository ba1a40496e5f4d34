import type { Generated, Selectable } from 'kysely'

export type CampaignStatus = 'draft' | 'open' | 'closed'

export interface Campaign {
  id: Generated<number>
  name: string
  year: number
  /** `YYYY-MM-DD` */
  starts_on: string
  /** `YYYY-MM-DD` */
  ends_on: string
  questionnaire_id: number
  status: Generated<CampaignStatus>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type CampaignRow = Selectable<Campaign>
export const tableName = 'campaigns'
export type PartialDB = { [tableName]: Campaign }
