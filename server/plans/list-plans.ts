import { createRoute, z } from '@hono/zod-openapi'
import { planSchema } from '../../shared/plans/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { withDetails } from './load-plan'
import { canReadPlan } from './plan-access'

const listPlansRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Survey plans, latest first (those the account may read)',
  responses: { 200: { description: 'Plans', content: { 'application/json': { schema: z.array(planSchema) } } } },
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
