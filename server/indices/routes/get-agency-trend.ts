import { createRoute } from '@hono/zod-openapi'
import { trendQuerySchema, trendSchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { idParamSchema } from '../../http/id-param'
import { createRouter } from '../../http/router'
import { agencyTrend } from '../agency-trend'

export function getAgencyTrend(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/agencies/{id}/trend',
    summary: 'A unit’s index in each campaign (year) that surveyed it',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParamSchema, query: trendQuerySchema },
    responses: {
      200: { description: 'The trend', content: { 'application/json': { schema: trendSchema } } },
      403: { description: 'The agency is outside the account’s scope' },
      404: { description: 'No such agency' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await agencyTrend(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
