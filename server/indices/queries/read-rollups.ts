import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import { type Grain, RollupFold } from '../rollups/rollup-fold'
import { loadRolledUpResponses } from './load-rolled-up-responses'
import { ROLLUP_TABLES, rollupCellsAsRows, rollupColumns } from './rollup-tables'

/** A rollup table of the campaign to select from, with the responses still queued for the rollups added to it. */
export type RollupSource = (grain: Grain) => RawBuilder<unknown>

/**
 * Runs `read` on one snapshot of a campaign's rollups plus its responses still queued in
 * `rollup_pending` (folded here in memory), so what it reads always equals a recount of
 * the responses stored, whether or not the background applier has caught up.
 */
export async function readRollups<T>(
  db: Kysely<DatabaseSchema>,
  questionnaires: PublishedQuestionnaires,
  campaignId: number,
  read: (trx: Transaction<DatabaseSchema>, source: RollupSource) => Promise<T>,
): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const queued = await loadRolledUpResponses(trx, { queuedOfCampaign: campaignId })
      let pending: RollupFold | undefined
      if (queued.length > 0) {
        const layouts = await questionnaires.rollupsOf(
          trx,
          queued.map((r) => r.questionnaire_id),
        )
        pending = new RollupFold()
        pending.add(queued, layouts)
      }
      const source: RollupSource = (grain) => {
        const { table } = ROLLUP_TABLES[grain]
        if (!pending) return sql`${sql.table(table)}`
        return sql`(
          select ${sql.join(rollupColumns(grain).map((c) => sql.ref(c)))}
          from ${sql.table(table)} where campaign_id = ${campaignId}
          union all ${rollupCellsAsRows(grain, pending.ordered(grain))}) as ${sql.table(table)}`
      }
      return read(trx, source)
    })
}
