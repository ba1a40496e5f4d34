import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { Logger } from '../../log'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import { addRollupCells } from '../queries/add-rollup-cells'
import { ROLLED_UP_COLUMNS, RollupFold } from './rollup-fold'

const BATCH = 10_000

/**
 * Recomputes the rollups of one campaign (or of all) from the raw responses, in one
 * transaction: after a migration that changes what is rolled up, or to repair. Each unit
 * is folded in memory whole and written once. One snapshot: the responses it reads leave
 * the queue of the background applier; those stored meanwhile stay queued.
 */
export async function rebuildRollups(db: Kysely<DatabaseSchema>, questionnaires: PublishedQuestionnaires, campaignId?: number): Promise<{ responses: number }> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const campaignIds = campaignId !== undefined ? [campaignId] : (await trx.selectFrom('campaigns').select('id').orderBy('id').execute()).map((c) => c.id)
      let total = 0
      for (const id of campaignIds) {
        await trx.deleteFrom('rollup_cells').where('campaign_id', '=', id).execute()
        await trx.deleteFrom('rollup_monthly_cells').where('campaign_id', '=', id).execute()
        await trx.deleteFrom('rollup_daily_cells').where('campaign_id', '=', id).execute()
        await trx
          .deleteFrom('rollup_pending')
          .where('response_id', 'in', (eb) => eb.selectFrom('responses').select('id').where('campaign_id', '=', id))
          .execute()
        const cells = await trx.selectFrom('responses').select(['agency_id', 'questionnaire_id']).distinct().where('campaign_id', '=', id).execute()
        const layouts = await questionnaires.rollupsOf(
          trx,
          cells.map((c) => c.questionnaire_id),
        )
        for (const agencyId of new Set(cells.map((c) => c.agency_id))) {
          const fold = new RollupFold()
          let after = 0
          for (;;) {
            const rows = await trx
              .selectFrom('responses')
              .select(['id', ...ROLLED_UP_COLUMNS])
              .where('campaign_id', '=', id)
              .where('agency_id', '=', agencyId)
              .where('id', '>', after)
              .orderBy('id')
              .limit(BATCH)
              .execute()
            if (rows.length === 0) break
            fold.add(rows, layouts)
            total += rows.length
            after = rows[rows.length - 1]!.id
          }
          await addRollupCells(trx, fold)
        }
        await trx.deleteFrom('rollup_rebuilds').where('campaign_id', '=', id).execute()
      }
      return { responses: total }
    })
}

/** Rebuilds the campaigns queued in `rollup_rebuilds` (by a migration that changed the rollups). */
export async function rebuildQueuedRollups(db: Kysely<DatabaseSchema>, questionnaires: PublishedQuestionnaires, log: Logger): Promise<void> {
  const queued = await db.selectFrom('rollup_rebuilds').select('campaign_id').orderBy('campaign_id').execute()
  for (const { campaign_id } of queued) {
    const started = Date.now()
    const { responses } = await rebuildRollups(db, questionnaires, campaign_id)
    log.info('rollups rebuilt', { campaignId: campaign_id, responses, ms: Date.now() - started })
  }
}
