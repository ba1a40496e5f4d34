import { createRoute, z } from '@hono/zod-openapi'
import { planYearUnitsSchema } from '../../shared/plans/schemas'
import type { AppContext } from '../http/context'
import { fieldError, notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { loadPlan } from './load-plan'
import { assertCanReadPlan } from './plan-access'

const getPlanYearUnitsRoute = createRoute({
  method: 'get',
  path: '/{id}/years/{year}/units',
  summary: 'The units a plan surveys in a year (what a new campaign for that year pre-selects)',
  request: {
    params: idParamSchema.extend({
      year: z.coerce
        .number()
        .int()
        .openapi({ param: { name: 'year', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The year’s units', content: { 'application/json': { schema: planYearUnitsSchema } } },
    400: { description: 'The year is outside the plan' },
    404: { description: 'No such plan' },
  },
})

export function getPlanYearUnits(ctx: AppContext) {
  return createRouter().openapi(getPlanYearUnitsRoute, async (c) => {
    const { id, year } = c.req.valid('param')
    const plan = await loadPlan(ctx.db, id)
    if (!plan) throw notFound('Plan')
    assertCanReadPlan(c.var.user, plan)
    if (year < plan.firstYear || year > plan.lastYear) throw fieldError('year', `must be within the plan, ${plan.firstYear}–${plan.lastYear}`)
    return c.json({ planId: id, year, agencyIds: plan.units.filter((u) => u.year === year).map((u) => u.agencyId) }, 200)
  })
}
