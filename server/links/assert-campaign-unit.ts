import { assertAgencyAccess } from '../auth/agency-access'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'

/** 403 outside the user's agencies, 404 when the agency is not a unit of the campaign. */
export async function assertCampaignUnit(ctx: AppContext, user: SessionUser, campaignId: number, agencyId: number): Promise<void> {
  await assertAgencyAccess(ctx, user, agencyId)
  const unit = await ctx.db
    .selectFrom('campaign_units')
    .select('agency_id')
    .where('campaign_id', '=', campaignId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst()
  if (!unit) throw notFound('Unit of this campaign')
}
