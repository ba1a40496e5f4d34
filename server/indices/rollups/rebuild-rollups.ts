import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { applyResponsesToRollups } from './apply-responses-to-rollups'

const BATCH = 1000
const TABLES = ['rollup_counts', 'rollup_daily_counts', 'rollup_moments', 'rollup_daily_moments'] as const

/**
 * Recomputes the rollups of one campaign (or of all) from the raw responses, in one
 * transaction: after a migration that changes what is rolled up, or to repair.
 */
export async function rebuildRollups(db: Kysely<DatabaseSchema>, campaignId?: number): Promise<{ responses: number }> {
  return db.transaction().execute(async (trx) => {
    for (const table of TABLES) {
      let del = trx.deleteFrom(table)
      if (campaignId !== undefined) del = del.where('campaign_id', '=', campaignId)
      await del.execute()
    }
    let lastId = 0
    let total = 0
    for (;;) {
      let query = trx.selectFrom('responses').selectAll().where('id', '>', lastId).orderBy('id').limit(BATCH)
      if (campaignId !== undefined) query = query.where('campaign_id', '=', campaignId)
      const rows = await query.execute()
      if (rows.length === 0) break
      await applyResponsesToRollups(trx, rows)
      total += rows.length
      lastId = rows[rows.length - 1]!.id
    }
    return { responses: total }
  })
}
