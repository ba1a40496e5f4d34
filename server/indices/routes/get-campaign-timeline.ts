import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { timelineForScope } from '../campaign-timeline'
import { sendFigures } from './send-figures'

export function getCampaignTimeline(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.timeline, {
    summary: 'Responses per day or week and the flagged share',
    middleware: [requireUser(ctx)],
    returns: 'The timeline',
    errors: { 304: 'Not modified (If-None-Match)', 403: 'The unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query')
    return sendFigures(c, ctx, 'timeline', { user: c.var.user, campaignId: c.req.valid('param').id, query }, (reading, scope) =>
      timelineForScope(reading, scope, query),
    )
  })
}
