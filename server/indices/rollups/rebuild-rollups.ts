import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { loadPlans, RollupFold } from './apply-responses-to-rollups'

const BATCH = 5000
const TABLES = ['rollup_counts', 'rollup_daily_counts', 'rollup_moments', 'rollup_daily_moments'] as const

/**
 * Recomputes the rollups of one campaign (or of all) from the raw responses, in one
 * transaction: after a migration that changes what is rolled up, or to repair. Each unit
 * is folded in memory whole and written once, so every rollup row is inserted once
 * instead of being upserted again by every batch of responses.
 */
export async function rebuildRollups(db: Kysely<DatabaseSchema>, campaignId?: number): Promise<{ responses: number }> {
  return db.transaction().execute(async (trx) => {
    const campaignIds =
      campaignId !== undefined ? [campaignId] : (await trx.selectFrom('campaigns').select('id').orderBy('id').execute()).map((c) => c.id)
    let total = 0
    for (const id of campaignIds) {
      for (const table of TABLES) await trx.deleteFrom(table).where('campaign_id', '=', id).execute()
      const cells = await trx.selectFrom('responses').select(['agency_id', 'questionnaire_id']).distinct().where('campaign_id', '=', id).execute()
      const plans = await loadPlans(trx, [...new Set(cells.map((c) => c.questionnaire_id))])
      for (const agencyId of new Set(cells.map((c) => c.agency_id))) {
        const fold = new RollupFold(plans)
        let after = 0
        for (;;) {
          const rows = await trx
            .selectFrom('responses')
            .selectAll()
            .where('campaign_id', '=', id)
            .where('agency_id', '=', agencyId)
            .where('id', '>', after)
            .orderBy('id')
            .limit(BATCH)
            .execute()
          if (rows.length === 0) break
          fold.add(rows)
          total += rows.length
          after = rows[rows.length - 1]!.id
        }
        await fold.write(trx)
      }
    }
    return { responses: total }
  })
}
