import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { checkOrganisations, savePlanOrganisations } from './check-plan'
import { loadPlan } from './load-plan'

const createPlanRoute = endpointRoute(endpoints.plans.create, {
  summary: 'Create a survey plan (admins); add its units with PUT /plans/{id}/units',
  middleware: [requireRole('admin')],
  returns: 'The new plan',
  errors: { 400: 'A field is invalid (named in error.fields)' },
})

export function createPlan(ctx: AppContext) {
  return createRouter().openapi(createPlanRoute, async (c) => {
    const input = c.req.valid('json')
    const plan = await ctx.db.transaction().execute(async (trx) => {
      await checkOrganisations(trx, input.organisationIds)
      const { id } = await trx
        .insertInto('plans')
        .values({
          name: input.name,
          decision_number: input.decisionNumber,
          decision_date: input.decisionDate,
          first_year: input.firstYear,
          last_year: input.lastYear,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await savePlanOrganisations(trx, id, input.organisationIds)
      await recordAudit(trx, { userId: c.var.user.id, action: 'create', entity: 'plan', entityId: id, details: input })
      return (await loadPlan(trx, id))!
    })
    return c.json(plan, 201)
  })
}
