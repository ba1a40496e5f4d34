import { endpoints } from '../../shared/api/endpoints'
import { accessibleAgencyIds } from '../auth/agency-access'
import { visibleCampaignIds } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { withUnits } from './load-campaign'

const listCampaignsRoute = endpointRoute(endpoints.campaigns.list, {
  summary: 'Campaigns, newest year first (for agency-limited accounts: those surveying one of their agencies; for surveyors: their team’s)',
  returns: 'Campaigns',
})

export function listCampaigns(ctx: AppContext) {
  return createRouter().openapi(listCampaignsRoute, async (c) => {
    const visible = await accessibleAgencyIds(ctx, c.var.user)
    const campaigns = await visibleCampaignIds(ctx, c.var.user)
    if (visible?.size === 0 || campaigns?.size === 0) return c.json([], 200)
    let query = ctx.db.selectFrom('campaigns').selectAll().orderBy('year', 'desc').orderBy('starts_on', 'desc').orderBy('id', 'desc')
    if (visible) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('campaign_units')
            .select('agency_id')
            .whereRef('campaign_units.campaign_id', '=', 'campaigns.id')
            .where('agency_id', 'in', [...visible]),
        ),
      )
    }
    if (campaigns) query = query.where('id', 'in', [...campaigns])
    return c.json(await withUnits(ctx.db, await query.execute()), 200)
  })
}
