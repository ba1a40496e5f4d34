import { createRoute } from '@hono/zod-openapi'
import { planSummarySchema } from '../../shared/plans/schemas'
import type { AppContext } from '../http/context'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { loadPlanSummary } from './load-plan-summary'

const getPlanSummaryRoute = createRoute({
  method: 'get',
  path: '/{id}/summary',
  summary: 'Years × units of a plan: planned, campaign and its status, n, index with its 95% interval; province index per year; units never surveyed',
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The summary', content: { 'application/json': { schema: planSummarySchema } } },
    403: { description: 'Outside the account’s scope' },
    404: { description: 'No such plan' },
  },
})

export function getPlanSummary(ctx: AppContext) {
  return createRouter().openapi(getPlanSummaryRoute, async (c) => c.json(await loadPlanSummary(ctx, c.var.user, c.req.valid('param').id), 200))
}
