import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { checkPlanUnits } from './check-plan'
import { loadPlan } from './load-plan'

const setPlanUnitsRoute = endpointRoute(endpoints.plans.setUnits, {
  summary: 'Replace the plan’s units and the year each is surveyed (admins); over 5 a year or a unit in two years is warned, not refused',
  middleware: [requireRole('admin')],
  returns: 'The plan with its warnings',
  errors: { 400: 'A year outside the plan, or an unknown or inactive agency (units.N.year, units.N.agencyId)', 404: 'No such plan' },
})

export function setPlanUnits(ctx: AppContext) {
  return createRouter().openapi(setPlanUnitsRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { units } = c.req.valid('json')
    const plan = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('plans').select(['first_year', 'last_year']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Plan')
      await checkPlanUnits(trx, units, { firstYear: current.first_year, lastYear: current.last_year })
      await trx.deleteFrom('plan_units').where('plan_id', '=', id).execute()
      if (units.length)
        await trx
          .insertInto('plan_units')
          .values(units.map((u) => ({ plan_id: id, agency_id: u.agencyId, year: u.year })))
          .execute()
      await recordAudit(trx, { userId: c.var.user.id, action: 'update', entity: 'plan_units', entityId: id, details: { units } })
      return (await loadPlan(trx, id))!
    })
    return c.json(plan, 200)
  })
}
