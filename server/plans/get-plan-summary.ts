import { endpoints } from '../../shared/api/endpoints'
import { type AppContext, readingContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadPlanSummary } from './load-plan-summary'

const getPlanSummaryRoute = endpointRoute(endpoints.plans.summary, {
  summary: 'Years × units of a plan: planned, campaign and its status, n, index with its 95% interval; province index per year; units never surveyed',
  returns: 'The summary',
  errors: { 403: 'Outside the account’s scope', 404: 'No such plan' },
})

export function getPlanSummary(ctx: AppContext) {
  return createRouter().openapi(getPlanSummaryRoute, async (c) =>
    c.json(await loadPlanSummary(readingContext(ctx, c), c.var.user, c.req.valid('param').id), 200),
  )
}
