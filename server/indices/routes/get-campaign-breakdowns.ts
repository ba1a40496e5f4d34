import { createRoute } from '@hono/zod-openapi'
import { breakdownQuerySchema, breakdownsSchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { idParamSchema } from '../../http/id-param'
import { createRouter } from '../../http/router'
import { campaignBreakdowns } from '../campaign-breakdowns'

export function getCampaignBreakdowns(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/indices/breakdowns',
    summary: 'Indices per channel or per demographic group; cells under 5 respondents hidden',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParamSchema, query: breakdownQuerySchema },
    responses: {
      200: { description: 'The breakdown', content: { 'application/json': { schema: breakdownsSchema } } },
      400: { description: 'Unknown `by`, or a date range with a demographic breakdown' },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignBreakdowns(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
