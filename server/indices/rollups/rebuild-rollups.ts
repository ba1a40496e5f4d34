import { sql, type Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { applyResponsesToRollups } from './apply-responses-to-rollups'

const BATCH = 5000
const TABLES = ['rollup_counts', 'rollup_daily_counts', 'rollup_moments', 'rollup_daily_moments'] as const

/**
 * Recomputes the rollups of one campaign (or of all) from the raw responses, in one
 * transaction: after a migration that changes what is rolled up, or to repair. Responses
 * are read in time order so that each batch folds into few daily rollup rows.
 */
export async function rebuildRollups(db: Kysely<DatabaseSchema>, campaignId?: number): Promise<{ responses: number }> {
  return db.transaction().execute(async (trx) => {
    const campaignIds =
      campaignId !== undefined ? [campaignId] : (await trx.selectFrom('campaigns').select('id').orderBy('id').execute()).map((c) => c.id)
    let total = 0
    for (const id of campaignIds) {
      for (const table of TABLES) await trx.deleteFrom(table).where('campaign_id', '=', id).execute()
      let after: { hour: Date; id: number } | undefined
      for (;;) {
        let query = trx.selectFrom('responses').selectAll().where('campaign_id', '=', id)
        if (after) query = query.where(sql<boolean>`(submitted_hour, id) > (${after.hour}, ${after.id})`)
        const rows = await query.orderBy('submitted_hour').orderBy('id').limit(BATCH).execute()
        if (rows.length === 0) break
        await applyResponsesToRollups(trx, rows)
        total += rows.length
        const last = rows[rows.length - 1]!
        after = { hour: last.submitted_hour, id: last.id }
      }
    }
    return { responses: total }
  })
}
