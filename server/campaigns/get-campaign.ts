import { createRoute } from '@hono/zod-openapi'
import { campaignSchema } from '../../shared/campaigns/schemas'
import { accessibleAgencyIds, assertCampaignInScope } from '../auth/agency-access'
import { assertCampaignVisible } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { loadCampaign } from './load-campaign'

const getCampaignRoute = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One campaign with its units',
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The campaign', content: { 'application/json': { schema: campaignSchema } } },
    403: { description: 'None of its units is in the account’s scope' },
    404: { description: 'No such campaign' },
  },
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
