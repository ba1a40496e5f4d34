import { createRoute } from '@hono/zod-openapi'
import { timelineQuerySchema, timelineSchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { idParamSchema } from '../../http/id-param'
import { createRouter } from '../../http/router'
import { campaignTimeline } from '../campaign-timeline'

export function getCampaignTimeline(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/indices/timeline',
    summary: 'Responses per day or week and the flagged share',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParamSchema, query: timelineQuerySchema },
    responses: {
      200: { description: 'The timeline', content: { 'application/json': { schema: timelineSchema } } },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignTimeline(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
