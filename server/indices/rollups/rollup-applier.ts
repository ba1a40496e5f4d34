import { setImmediate as yieldToRequests } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import { errorMessage } from '../../db/database'
import type { DatabaseSchema } from '../../db/schema'
import { isDatabaseUnavailable } from '../../db/unavailable'
import type { Logger } from '../../log'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import { addRollupCells } from '../queries/add-rollup-cells'
import { bumpIndicesVersions } from '../queries/bump-indices-versions'
import { loadRolledUpResponses } from '../queries/load-rolled-up-responses'
import { takePendingResponseIds } from '../queries/take-pending-response-ids'
import { RollupFold } from './rollup-fold'

// Responses per transaction when the queue is long (after a sync burst, or a restart).
const BATCH = 20_000
// Responses read and folded between two turns of the event loop: folding a whole pass at
// once held the server's thread for tens of milliseconds, and every answer arriving
// meanwhile waited (p99 of ingest).
const FOLD_CHUNK = 250

/**
 * Folds the responses queued in `rollup_pending` into the rollups, in the background,
 * every `intervalMs`. Each pass takes the queue's rows with SKIP LOCKED and deletes them
 * in the transaction that adds them to the rollups, so several server processes share
 * the work and every response is added exactly once.
 */
export class RollupApplier {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<unknown> | undefined
  private stopped = true
  /** When a pass last found the queue empty (or emptied it): the metrics' queue age. */
  drainedAt = Date.now()

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly questionnaires: PublishedQuestionnaires,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.stopped = false
    this.schedule()
  }

  /** Stops the timer and waits for a pass in progress; what is still queued stays queued. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.running
  }

  /** Applies the whole queue now; returns how many responses were added. */
  async applyPending(): Promise<number> {
    let total = 0
    for (;;) {
      const applied = await this.db.transaction().execute(async (trx) => {
        const ids = await takePendingResponseIds(trx, BATCH)
        if (ids.length === 0) return 0
        const fold = new RollupFold()
        const campaignIds = new Set<number>()
        let folded = 0
        for (let i = 0; i < ids.length; i += FOLD_CHUNK) {
          const rows = await loadRolledUpResponses(trx, { ids: ids.slice(i, i + FOLD_CHUNK) })
          const layouts = await this.questionnaires.rollupsOf(
            trx,
            rows.map((r) => r.questionnaire_id),
          )
          fold.add(rows, layouts)
          for (const row of rows) campaignIds.add(row.campaign_id)
          folded += rows.length
          await yieldToRequests()
        }
        await addRollupCells(trx, fold)
        await bumpIndicesVersions(trx, campaignIds)
        return folded
      })
      total += applied
      if (applied < BATCH) {
        this.drainedAt = Date.now()
        return total
      }
    }
  }

  private schedule(): void {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      this.running = this.applyPending()
        // The pass rolled back and its responses stay queued: the next pass takes them again
        // (during a database outage, once the database is back).
        .catch((error) => {
          if (isDatabaseUnavailable(error)) this.log.warn('rollups wait for the database', { error: errorMessage(error) })
          else this.log.error('applying queued responses to the rollups failed', { error: errorMessage(error) })
        })
        .finally(() => {
          this.running = undefined
          this.schedule()
        })
    }, this.intervalMs)
  }
}
