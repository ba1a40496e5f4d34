import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { campaignTimeline } from '../campaign-timeline'

export function getCampaignTimeline(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.timeline, {
    summary: 'Responses per day or week and the flagged share',
    middleware: [requireUser(ctx)],
    returns: 'The timeline',
    errors: { 403: 'The unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignTimeline(readingContext(ctx, c), c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
