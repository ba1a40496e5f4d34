import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { checkPlanYear } from '../plans/check-plan'
import { checkPublishedQuestionnaire } from './check-campaign'
import { toCampaign } from './load-campaign'

const createCampaignRoute = endpointRoute(endpoints.campaigns.create, {
  summary: 'Create a draft campaign (admins); add units with PUT /campaigns/{id}/units',
  middleware: [requireRole('admin')],
  returns: 'The new draft campaign',
})

export function createCampaign(ctx: AppContext) {
  return createRouter().openapi(createCampaignRoute, async (c) => {
    const input = c.req.valid('json')
    const row = await ctx.db.transaction().execute(async (trx) => {
      await checkPublishedQuestionnaire(trx, input.questionnaireId)
      if (input.planId) await checkPlanYear(trx, input.planId, input.year)
      const created = await trx
        .insertInto('campaigns')
        .values({
          name: input.name,
          year: input.year,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          questionnaire_id: input.questionnaireId,
          plan_id: input.planId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'create', entity: 'campaign', entityId: created.id, details: input })
      return created
    })
    return c.json(toCampaign(row, []), 201)
  })
}
