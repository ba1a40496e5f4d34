import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** The labels of a campaign's survey links, by id. */
export async function loadCampaignLinkLabels(db: Kysely<DatabaseSchema>, campaignId: number): Promise<Map<number, string>> {
  const rows = await db.selectFrom('survey_links').select(['id', 'label']).where('campaign_id', '=', campaignId).execute()
  return new Map(rows.map((r) => [r.id, r.label]))
}
