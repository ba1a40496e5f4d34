import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPlan } from './load-plan'
import { assertCanReadPlan } from './plan-access'

const getPlanRoute = endpointRoute(endpoints.plans.get, {
  summary: 'One plan with its units by year, partner organisations and warnings',
  returns: 'The plan',
  errors: { 403: 'Outside the account’s scope', 404: 'No such plan' },
})

export function getPlan(ctx: AppContext) {
  return createRouter().openapi(getPlanRoute, async (c) => {
    const plan = await loadPlan(ctx.db, c.req.valid('param').id)
    if (!plan) throw notFound('Plan')
    assertCanReadPlan(c.var.user, plan)
    return c.json(plan, 200)
  })
}
