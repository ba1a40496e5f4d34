import { createRoute } from '@hono/zod-openapi'
import { campaignSchema, createCampaignSchema } from '../../shared/campaigns/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { checkPlanYear } from '../plans/check-plan'
import { checkPublishedQuestionnaire } from './check-campaign'
import { toCampaign } from './load-campaign'

const createCampaignRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a draft campaign (admins); add units with PUT /campaigns/{id}/units',
  middleware: [requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: createCampaignSchema } }, required: true } },
  responses: { 201: { description: 'The new draft campaign', content: { 'application/json': { schema: campaignSchema } } } },
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
