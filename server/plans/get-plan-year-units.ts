import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { fieldError, notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPlan } from './load-plan'
import { assertCanReadPlan } from './plan-access'

const getPlanYearUnitsRoute = endpointRoute(endpoints.plans.yearUnits, {
  summary: 'The units a plan surveys in a year (what a new campaign for that year pre-selects)',
  returns: 'The year’s units',
  errors: { 400: 'The year is outside the plan', 404: 'No such plan' },
})

export function getPlanYearUnits(ctx: AppContext) {
  return createRouter().openapi(getPlanYearUnitsRoute, async (c) => {
    const { id, year } = c.req.valid('param')
    const plan = await loadPlan(ctx.db, id)
    if (!plan) throw notFound('Plan')
    assertCanReadPlan(c.var.user, plan)
    if (year < plan.firstYear || year > plan.lastYear) throw fieldError('year', 'outside_plan', `must be within the plan, ${plan.firstYear}–${plan.lastYear}`)
    return c.json({ planId: id, year, agencyIds: plan.units.filter((u) => u.year === year).map((u) => u.agencyId) }, 200)
  })
}
