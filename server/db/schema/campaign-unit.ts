export interface CampaignUnit {
  campaign_id: number
  agency_id: number
}
export const tableName = 'campaign_units'
export type PartialDB = { [tableName]: CampaignUnit }
