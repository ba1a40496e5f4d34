import type { Kysely } from 'kysely'
import type { CampaignBundlePayload, NationalRankingQuery } from '../../shared/national/schemas'
import type { DatabaseSchema } from '../db/schema'

/** The imported bundles of one year and questionnaire kind. */
export async function loadNationalBundles(db: Kysely<DatabaseSchema>, query: NationalRankingQuery): Promise<CampaignBundlePayload[]> {
  const rows = await db
    .selectFrom('national_bundles')
    .select('payload')
    .where('year', '=', query.year)
    .where('questionnaire_kind', '=', query.kind)
    .orderBy('province_code')
    .orderBy('campaign_ref')
    .execute()
  return rows.map((r) => r.payload)
}
