import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { withDetails } from './load-plan'
import { canReadPlan } from './plan-access'

const listPlansRoute = endpointRoute(endpoints.plans.list, {
  summary: 'Survey plans, latest first (those the account may read)',
  returns: 'Plans',
})

export function listPlans(ctx: AppContext) {
  return createRouter().openapi(listPlansRoute, async (c) => {
    const rows = await ctx.db.selectFrom('plans').selectAll().orderBy('first_year', 'desc').orderBy('id', 'desc').execute()
    const plans = await withDetails(ctx.db, rows)
    return c.json(
      plans.filter((plan) => canReadPlan(c.var.user, plan)),
      200,
    )
  })
}
