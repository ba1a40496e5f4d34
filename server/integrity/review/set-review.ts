import type { Transaction } from 'kysely'
import type { ReviewDecision } from '../../../shared/integrity/review'
import type { DatabaseSchema } from '../../db/schema'
import { addRollupCells } from '../../indices/queries/add-rollup-cells'
import { ROLLED_UP_COLUMNS } from '../../indices/queries/load-rolled-up-responses'
import { RollupFold } from '../../indices/rollups/rollup-fold'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'

/**
 * Sets (or with null clears) the review decision of flagged answers and moves their
 * contribution in the rollups: an answer already in the tables is taken out in its old
 * state here and queued again, so the applier adds it in its new state; an answer still
 * queued is simply added in its new state. The answers are locked first, then their queue
 * entries: an applier pass holding one finishes first (its answer is then in the tables,
 * in its old state, since the decision is not written yet). Returns how many answers changed.
 */
export async function setReview(
  trx: Transaction<DatabaseSchema>,
  questionnaires: PublishedQuestionnaires,
  responseIds: number[],
  decision: { review: ReviewDecision; reason: string; userId: number } | null,
): Promise<number> {
  if (responseIds.length === 0) return 0
  const rows = await trx
    .selectFrom('responses')
    .select([...ROLLED_UP_COLUMNS, 'review_reason'])
    .where('id', 'in', responseIds)
    .orderBy('id')
    .forUpdate()
    .execute()
  const review = decision?.review ?? null
  const changing = rows.filter((r) => r.review !== review || r.review_reason !== (decision?.reason ?? null))
  if (changing.length === 0) return 0
  // A new reason for the same decision changes no figure.
  const moving = changing.filter((r) => r.review !== review)
  const queued =
    moving.length === 0
      ? []
      : await trx
          .selectFrom('rollup_pending')
          .select('response_id')
          .where(
            'response_id',
            'in',
            moving.map((r) => r.id),
          )
          .orderBy('response_id')
          .forUpdate()
          .execute()
  const queuedIds = new Set(queued.map((q) => Number(q.response_id)))
  const applied = moving.filter((r) => !queuedIds.has(r.id))
  if (applied.length > 0) {
    const fold = new RollupFold()
    fold.add(
      applied,
      await questionnaires.rollupsOf(
        trx,
        applied.map((r) => r.questionnaire_id),
      ),
    )
    fold.negate()
    await addRollupCells(trx, fold)
  }
  await trx
    .updateTable('responses')
    .set({
      review,
      review_reason: decision?.reason ?? null,
      reviewed_at: decision ? new Date() : null,
      reviewed_by: decision?.userId ?? null,
    })
    .where(
      'id',
      'in',
      changing.map((r) => r.id),
    )
    .execute()
  if (applied.length > 0)
    await trx
      .insertInto('rollup_pending')
      .values(applied.map((r) => ({ response_id: r.id, campaign_id: r.campaign_id })))
      .execute()
  return changing.length
}
