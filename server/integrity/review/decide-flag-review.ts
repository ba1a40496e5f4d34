import type { FlagReview, FlagReviewResult } from '../../../shared/integrity/review'
import { recordAudit } from '../../audit/record-audit'
import type { SessionUser } from '../../auth/session-user'
import type { AppContext } from '../../http/context'
import { fieldError } from '../../http/errors'
import { indicesScope } from '../../indices/scope'
import { loadReviewListing } from '../queries/load-review-listing'
import { setReview } from './set-review'

/** Counts (include), leaves out (exclude) or returns to plain flagged answers (undo) some items of a listing; audited. */
export async function decideFlagReview(ctx: AppContext, user: SessionUser, campaignId: number, input: FlagReview): Promise<FlagReviewResult> {
  const { campaign } = await indicesScope(ctx, user, campaignId)
  const listed = await loadReviewListing(ctx.db, input.listing, campaign.id)
  if (!listed) throw fieldError('listing', 'not_found', 'is unknown or expired: list the flagged answers again')
  const missing = input.items.find((item) => item >= listed.length)
  if (missing !== undefined) throw fieldError('items', 'not_found', `has no item ${missing} in this listing`)
  const responseIds = [...new Set(input.items.map((item) => listed[item]!))]
  return ctx.db.transaction().execute(async (trx) => {
    const decision = input.decision === 'undo' ? null : { review: input.decision, reason: input.reason!, userId: user.id }
    const changed = await setReview(trx, ctx.questionnaires, responseIds, decision)
    await recordAudit(trx, {
      userId: user.id,
      action: `review_${input.decision}`,
      entity: 'campaign',
      entityId: campaign.id,
      details: { answers: changed, ...(decision && { reason: decision.reason }) },
    })
    return { changed }
  })
}
