/** The accounts assigned to survey a campaign (surveyors see only these campaigns). */
export interface CampaignTeam {
  campaign_id: number
  user_id: number
}
export const tableName = 'campaign_team'
export type PartialDB = { [tableName]: CampaignTeam }
