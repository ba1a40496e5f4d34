import { createRoute } from '@hono/zod-openapi'
import { planSchema, setPlanUnitsSchema } from '../../shared/plans/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { checkPlanUnits } from './check-plan'
import { loadPlan } from './load-plan'

const setPlanUnitsRoute = createRoute({
  method: 'put',
  path: '/{id}/units',
  summary: 'Replace the plan’s units and the year each is surveyed (admins); over 5 a year or a unit in two years is warned, not refused',
  middleware: [requireRole('admin')] as const,
  request: { params: idParamSchema, body: { content: { 'application/json': { schema: setPlanUnitsSchema } }, required: true } },
  responses: {
    200: { description: 'The plan with its warnings', content: { 'application/json': { schema: planSchema } } },
    400: { description: 'A year outside the plan, or an unknown or inactive agency (units.N.year, units.N.agencyId)' },
    404: { description: 'No such plan' },
  },
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
