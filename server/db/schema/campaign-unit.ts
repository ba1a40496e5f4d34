import type { ColumnType } from 'kysely'

export interface CampaignUnit {
  campaign_id: number
  agency_id: number
  /** Transactions N in the period, for the sample target. */
  transactions: ColumnType<number | null, number | null | undefined, number | null>
}
export const tableName = 'campaign_units'
export type PartialDB = { [tableName]: CampaignUnit }
