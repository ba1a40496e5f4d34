import { randomBytes } from 'node:crypto'
import type { FlaggedAnswers } from '../../../shared/integrity/review'
import type { SessionUser } from '../../auth/session-user'
import type { AppContext } from '../../http/context'
import { indicesScope } from '../../indices/scope'
import { flaggedListing } from '../compute/flagged-listing'
import { loadFlaggedAnswers } from '../queries/load-flagged-answers'
import { saveReviewListing } from '../queries/save-review-listing'

/** A new listing of the campaign's flagged answers (one unit's with `agencyId`), numbered for decisions. */
export async function listFlaggedAnswers(ctx: AppContext, user: SessionUser, campaignId: number, agencyId?: number): Promise<FlaggedAnswers> {
  const { campaign, units } = await indicesScope(ctx, user, campaignId, agencyId)
  const rows = await loadFlaggedAnswers(
    ctx.db,
    campaign.id,
    units.map((u) => u.agencyId),
  )
  const { answers, responseIds } = flaggedListing(rows, units, Math.random)
  const listing = randomBytes(16).toString('base64url')
  await saveReviewListing(ctx.db, listing, campaign.id, responseIds)
  return { campaignId: campaign.id, listing, answers }
}
