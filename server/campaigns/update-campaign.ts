import { createRoute } from '@hono/zod-openapi'
import { campaignSchema, DRAFT_ONLY_CAMPAIGN_FIELDS, type UpdateCampaign, updateCampaignSchema } from '../../shared/campaigns/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { CampaignRow } from '../db/schema/campaign'
import type { AppContext } from '../http/context'
import { conflict, fieldError, notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { checkPublishedQuestionnaire, checkStatusChange, hasResponses } from './check-campaign'
import { loadCampaign } from './load-campaign'

const updateCampaignRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  summary:
    'Change a campaign (year and questionnaire only while a draft; name, period and the feedback case rule in any status), or open/close it with {status} (admins)',
  middleware: [requireRole('admin')] as const,
  request: { params: idParamSchema, body: { content: { 'application/json': { schema: updateCampaignSchema } }, required: true } },
  responses: {
    200: { description: 'The campaign', content: { 'application/json': { schema: campaignSchema } } },
    404: { description: 'No such campaign' },
    409: { description: 'Year or questionnaire of a campaign that is no longer a draft, or not possible once responses exist' },
  },
})

export function updateCampaign(ctx: AppContext) {
  return createRouter().openapi(updateCampaignRoute, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const campaign = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('campaigns').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Campaign')
      const changes = changedFields(current, input)
      if (current.status !== 'draft') {
        const locked = DRAFT_ONLY_CAMPAIGN_FIELDS.filter((field) => field in changes)
        if (locked.length > 0) {
          throw conflict(
            'Only a draft campaign can change its year or questionnaire',
            Object.fromEntries(locked.map((field) => [field, 'can change only while the campaign is a draft'])),
          )
        }
      }
      const startsOn = input.startsOn ?? current.starts_on
      const endsOn = input.endsOn ?? current.ends_on
      if (endsOn < startsOn) throw fieldError(input.endsOn ? 'endsOn' : 'startsOn', input.endsOn ? 'must not be before startsOn' : 'must not be after endsOn')
      if (input.questionnaireId !== undefined && input.questionnaireId !== current.questionnaire_id) {
        await checkPublishedQuestionnaire(trx, input.questionnaireId)
        if (await hasResponses(trx, id))
          throw conflict('The campaign has responses; its questionnaire cannot change', { questionnaireId: 'cannot change once responses exist' })
      }
      if (input.status !== undefined) {
        const units = await trx.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', id).execute()
        await checkStatusChange(trx, id, current.status, input.status, units.length)
      }
      await trx
        .updateTable('campaigns')
        .set({
          name: input.name,
          year: input.year,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          questionnaire_id: input.questionnaireId,
          status: input.status,
          case_rule: input.caseRule,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute()
      if (Object.keys(changes).length > 0) {
        const action = changes.status && input.status ? input.status : 'update'
        await recordAudit(trx, { userId: c.var.user.id, action, entity: 'campaign', entityId: id, details: { changes } })
      }
      return (await loadCampaign(trx, id))!
    })
    ctx.surveyLinks.forget()
    ctx.publicResults.forget()
    return c.json(campaign, 200)
  })
}

const COLUMNS = {
  name: 'name',
  year: 'year',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  questionnaireId: 'questionnaire_id',
  status: 'status',
  caseRule: 'case_rule',
} as const

/** The fields `input` changes, each with its stored value and the new one (what the audit log shows). */
function changedFields(current: CampaignRow, input: UpdateCampaign): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const [field, column] of Object.entries(COLUMNS)) {
    const to = input[field as keyof UpdateCampaign]
    if (to !== undefined && to !== current[column]) changes[field] = { from: current[column], to }
  }
  return changes
}
