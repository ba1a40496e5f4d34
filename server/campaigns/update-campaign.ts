import { endpoints } from '../../shared/api/endpoints'
import { DRAFT_ONLY_CAMPAIGN_FIELDS, type UpdateCampaign } from '../../shared/campaigns/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { CampaignRow } from '../db/schema/campaign'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, fieldError, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { checkPublishedQuestionnaire, checkStatusChange, hasResponses } from './check-campaign'
import { loadCampaign } from './load-campaign'

const updateCampaignRoute = endpointRoute(endpoints.campaigns.update, {
  summary:
    'Change a campaign (year and questionnaire only while a draft; name, period and the feedback case rule in any status), or open/close it with {status} (admins)',
  middleware: [requireRole('admin')],
  returns: 'The campaign',
  errors: { 404: 'No such campaign', 409: 'Year or questionnaire of a campaign that is no longer a draft, or not possible once responses exist' },
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
            Object.fromEntries(locked.map((field) => [field, problem('draft_only', 'can change only while the campaign is a draft')])),
          )
        }
      }
      const startsOn = input.startsOn ?? current.starts_on
      const endsOn = input.endsOn ?? current.ends_on
      if (endsOn < startsOn)
        throw fieldError(input.endsOn ? 'endsOn' : 'startsOn', 'before_start', input.endsOn ? 'must not be before startsOn' : 'must not be after endsOn')
      if (input.questionnaireId !== undefined && input.questionnaireId !== current.questionnaire_id) {
        await checkPublishedQuestionnaire(trx, input.questionnaireId)
        if (await hasResponses(trx, id))
          throw conflict('The campaign has responses; its questionnaire cannot change', {
            questionnaireId: problem('has_responses', 'cannot change once responses exist'),
          })
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
