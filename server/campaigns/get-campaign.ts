import { endpoints } from '../../shared/api/endpoints'
import { accessibleAgencyIds, assertCampaignInScope } from '../auth/agency-access'
import { assertCampaignVisible } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadCampaign } from './load-campaign'

const getCampaignRoute = endpointRoute(endpoints.campaigns.get, {
  summary: 'One campaign with its units',
  returns: 'The campaign',
  errors: { 403: 'None of its units is in the account’s scope', 404: 'No such campaign' },
})

export function getCampaign(ctx: AppContext) {
  return createRouter().openapi(getCampaignRoute, async (c) => {
    const { id } = c.req.valid('param')
    const campaign = await loadCampaign(ctx.db, id)
    if (!campaign) throw notFound('Campaign')
    await assertCampaignVisible(ctx, c.var.user, id)
    assertCampaignInScope(await accessibleAgencyIds(ctx, c.var.user), campaign.agencyIds)
    return c.json(campaign, 200)
  })
}
