import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { fieldError, notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { checkOrganisations, savePlanOrganisations } from './check-plan'
import { loadPlan } from './load-plan'

const updatePlanRoute = endpointRoute(endpoints.plans.update, {
  summary: 'Change a plan: name, decision, years (which must still hold its units), partner organisations (admins)',
  middleware: [requireRole('admin')],
  returns: 'The plan',
  errors: { 400: 'A field is invalid (named in error.fields)', 404: 'No such plan' },
})

export function updatePlan(ctx: AppContext) {
  return createRouter().openapi(updatePlanRoute, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const plan = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Plan')
      const years = { firstYear: input.firstYear ?? current.first_year, lastYear: input.lastYear ?? current.last_year }
      if (years.lastYear < years.firstYear) throw fieldError('lastYear', 'before_first_year', 'must not be before firstYear')
      const units = await trx.selectFrom('plan_units').select('year').where('plan_id', '=', id).execute()
      if (units.some((u) => u.year < years.firstYear)) throw fieldError('firstYear', 'units_outside_years', 'units are planned before this year')
      if (units.some((u) => u.year > years.lastYear)) throw fieldError('lastYear', 'units_outside_years', 'units are planned after this year')
      if (input.organisationIds) await checkOrganisations(trx, input.organisationIds)
      await trx
        .updateTable('plans')
        .set({
          name: input.name,
          decision_number: input.decisionNumber,
          decision_date: input.decisionDate,
          first_year: years.firstYear,
          last_year: years.lastYear,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute()
      if (input.organisationIds) await savePlanOrganisations(trx, id, input.organisationIds)
      await recordAudit(trx, { userId: c.var.user.id, action: 'update', entity: 'plan', entityId: id, details: input })
      return (await loadPlan(trx, id))!
    })
    return c.json(plan, 200)
  })
}
