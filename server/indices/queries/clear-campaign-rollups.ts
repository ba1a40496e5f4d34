import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { bumpIndicesVersions } from './bump-indices-versions'

/** Deletes a campaign's rollup rows at every grain, takes its responses off the queue and its entry off the rebuild list; bumps its indices version. */
export async function clearCampaignRollups(trx: Kysely<DatabaseSchema>, campaignId: number): Promise<void> {
  await trx.deleteFrom('rollup_cells').where('campaign_id', '=', campaignId).execute()
  await trx.deleteFrom('rollup_monthly_cells').where('campaign_id', '=', campaignId).execute()
  await trx.deleteFrom('rollup_daily_cells').where('campaign_id', '=', campaignId).execute()
  await trx
    .deleteFrom('rollup_pending')
    .where('response_id', 'in', (eb) => eb.selectFrom('responses').select('id').where('campaign_id', '=', campaignId))
    .execute()
  await trx.deleteFrom('rollup_rebuilds').where('campaign_id', '=', campaignId).execute()
  await bumpIndicesVersions(trx, [campaignId])
}
