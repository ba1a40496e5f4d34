import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { campaignIndices } from '../campaign-indices'

export function getCampaignIndices(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.campaign, {
    summary: 'SIPAS indices per unit, with n and 95% intervals',
    description:
      'Units outside the account’s scope are left out; asking for one with agencyId is 403. Flagged responses are excluded unless includeFlagged=true.',
    middleware: [requireUser(ctx)],
    returns: 'The indices',
    errors: { 400: 'A filter is invalid', 403: 'The unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignIndices(readingContext(ctx, c), c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
