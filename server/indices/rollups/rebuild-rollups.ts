import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { Logger } from '../../log'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import { addRollupCells } from '../queries/add-rollup-cells'
import { clearCampaignRollups } from '../queries/clear-campaign-rollups'
import { loadRebuildCampaignIds } from '../queries/load-rebuild-campaign-ids'
import { loadRespondingUnits } from '../queries/load-responding-units'
import { loadRolledUpResponses } from '../queries/load-rolled-up-responses'
import { RollupFold } from './rollup-fold'

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
      const campaignIds = campaignId !== undefined ? [campaignId] : await loadRebuildCampaignIds(trx, 'all')
      let total = 0
      for (const id of campaignIds) {
        await clearCampaignRollups(trx, id)
        const { agencyIds, questionnaireIds } = await loadRespondingUnits(trx, id)
        const layouts = await questionnaires.rollupsOf(trx, questionnaireIds)
        for (const agencyId of agencyIds) {
          const fold = new RollupFold()
          let afterId = 0
          for (;;) {
            const rows = await loadRolledUpResponses(trx, { campaignId: id, agencyId, afterId, limit: BATCH })
            if (rows.length === 0) break
            fold.add(rows, layouts)
            total += rows.length
            afterId = rows[rows.length - 1]!.id
          }
          await addRollupCells(trx, fold)
        }
      }
      return { responses: total }
    })
}

/** Rebuilds the campaigns queued in `rollup_rebuilds` (by a migration that changed the rollups). */
export async function rebuildQueuedRollups(db: Kysely<DatabaseSchema>, questionnaires: PublishedQuestionnaires, log: Logger): Promise<void> {
  for (const campaignId of await loadRebuildCampaignIds(db, 'queued')) {
    const started = Date.now()
    const { responses } = await rebuildRollups(db, questionnaires, campaignId)
    log.info('rollups rebuilt', { campaignId, responses, ms: Date.now() - started })
  }
}
