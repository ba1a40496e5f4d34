import { RESULT_READER_ROLES } from '../../shared/auth/roles'
import type { AppContext } from '../http/context'
import { forbidden } from '../http/errors'
import type { SessionUser } from './session-user'

/**
 * The campaigns an account is limited to, on top of its part of the agency tree: a surveyor
 * sees the campaigns whose team they are on; a partner organisation's viewer (a viewer with
 * an organisation and no agency) sees the campaigns of the plans their organisation takes
 * part in. Null: not limited by campaign.
 */
export async function visibleCampaignIds(ctx: AppContext, user: SessionUser): Promise<Set<number> | null> {
  if (user.role === 'surveyor') {
    const rows = await ctx.db.selectFrom('campaign_team').select('campaign_id').where('user_id', '=', user.id).execute()
    return new Set(rows.map((r) => r.campaign_id))
  }
  if (user.role === 'viewer' && user.agencyId === null && user.organisationId !== null) {
    const rows = await ctx.db
      .selectFrom('campaigns')
      .innerJoin('plan_organisations', 'plan_organisations.plan_id', 'campaigns.plan_id')
      .select('campaigns.id')
      .where('plan_organisations.organisation_id', '=', user.organisationId)
      .execute()
    return new Set(rows.map((r) => r.id))
  }
  return null
}

export async function assertCampaignVisible(ctx: AppContext, user: SessionUser, campaignId: number): Promise<void> {
  const visible = await visibleCampaignIds(ctx, user)
  if (visible && !visible.has(campaignId)) throw forbidden('This campaign is outside your account’s scope')
}

/** Surveyors enter answers and see no results. */
export function assertReadsResults(user: SessionUser): void {
  if (!(RESULT_READER_ROLES as readonly string[]).includes(user.role)) throw forbidden('Your account does not read results')
}
