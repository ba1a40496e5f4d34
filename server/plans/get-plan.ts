import { createRoute } from '@hono/zod-openapi'
import { planSchema } from '../../shared/plans/schemas'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { loadPlan } from './load-plan'
import { assertCanReadPlan } from './plan-access'

const getPlanRoute = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One plan with its units by year, partner organisations and warnings',
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The plan', content: { 'application/json': { schema: planSchema } } },
    403: { description: 'Outside the account’s scope' },
    404: { description: 'No such plan' },
  },
})

export function getPlan(ctx: AppContext) {
  return createRouter().openapi(getPlanRoute, async (c) => {
    const plan = await loadPlan(ctx.db, c.req.valid('param').id)
    if (!plan) throw notFound('Plan')
    assertCanReadPlan(c.var.user, plan)
    return c.json(plan, 200)
  })
}
