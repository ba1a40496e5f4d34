import type { AppliedFilters, IndicesQuery } from '../../shared/indices/schemas'
import { accessibleAgencyIds, assertCampaignInScope } from '../auth/agency-access'
import { assertCampaignVisible, assertReadsResults } from '../auth/campaign-access'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { fieldError, forbidden, notFound } from '../http/errors'
import { type IndicesCampaign, loadIndicesCampaign } from './queries/load-indices-campaign'

export interface IndicesScope {
  campaign: IndicesCampaign
  /** The campaign's units the account may read (all, or its own subtree), narrowed by `agencyId`. */
  units: IndicesCampaign['units']
}

/**
 * Loads a campaign and the units whose figures the user may read. Admins and
 * unrestricted viewers read every unit; unit managers and agency-limited viewers read
 * the units in their subtree only: asking for another unit (`agencyId`) is 403, and so
 * is a campaign that surveys none of theirs (`assertCampaignInScope`).
 */
export async function indicesScope(ctx: AppContext, user: SessionUser, campaignId: number, agencyId?: number): Promise<IndicesScope> {
  assertReadsResults(user)
  const campaign = await loadIndicesCampaign(ctx.db, ctx.questionnaires, campaignId)
  if (!campaign) throw notFound('Campaign')
  await assertCampaignVisible(ctx, user, campaignId)
  const visible = await accessibleAgencyIds(ctx, user)
  assertCampaignInScope(
    visible,
    campaign.units.map((unit) => unit.agencyId),
  )
  if (agencyId !== undefined) {
    if (visible && !visible.has(agencyId)) throw forbidden('This unit is outside your account’s scope')
    const unit = campaign.units.find((u) => u.agencyId === agencyId)
    if (!unit) throw fieldError('agencyId', 'not_in_campaign', 'is not a unit of this campaign')
    return { campaign, units: [unit] }
  }
  return { campaign, units: visible ? campaign.units.filter((u) => visible.has(u.agencyId)) : campaign.units }
}

export function appliedFilters(query: Omit<IndicesQuery, 'agencyId'>): AppliedFilters {
  return {
    includeFlagged: query.includeFlagged,
    verifiedOnly: query.verifiedOnly,
    channel: query.channel ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
  }
}
