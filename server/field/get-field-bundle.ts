import { endpoints } from '../../shared/api/endpoints'
import type { FieldBundle, FieldCampaign } from '../../shared/field/bundle'
import { localizeDefinition } from '../../shared/questionnaires/localize'
import type { QuestionnaireKind } from '../../shared/questionnaires/schemas'
import type { QuestionnaireRow } from '../db/schema/questionnaire'
import { requireDeviceSession } from '../device-sessions/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadSurveyor } from './load-surveyor'

function fieldQuestionnaire(q: QuestionnaireRow): FieldCampaign['questionnaire'] {
  const common = { id: q.id, kind: q.kind as QuestionnaireKind, scoring: q.scoring, version: q.version }
  return { vi: { ...localizeDefinition(q.definition, 'vi'), ...common }, en: { ...localizeDefinition(q.definition, 'en'), ...common } }
}

export function getFieldBundle(ctx: AppContext) {
  const route = endpointRoute(endpoints.field.bundle, {
    summary: 'What a surveyor’s device keeps offline: the open campaigns of their team, with their units and questionnaire (vi, en)',
    middleware: [requireDeviceSession(ctx)],
    returns: 'The bundle',
    errors: { 401: 'No device session, or one revoked or expired (`device_session_revoked`, `device_session_expired`)' },
  })
  return createRouter().openapi(route, async (c) => {
    const userId = c.var.user.id
    const campaigns = await ctx.db
      .selectFrom('campaigns')
      .innerJoin('campaign_team', 'campaign_team.campaign_id', 'campaigns.id')
      .select(['campaigns.id', 'campaigns.name', 'campaigns.year', 'campaigns.starts_on', 'campaigns.ends_on', 'campaigns.questionnaire_id'])
      .where('campaign_team.user_id', '=', userId)
      .where('campaigns.status', '=', 'open')
      .orderBy('campaigns.starts_on', 'desc')
      .orderBy('campaigns.id')
      .execute()
    const ids = campaigns.map((campaign) => campaign.id)
    const units = ids.length
      ? await ctx.db
          .selectFrom('campaign_units')
          .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
          .select(['campaign_units.campaign_id', 'agencies.id', 'agencies.name'])
          .where('campaign_units.campaign_id', 'in', ids)
          .orderBy('agencies.name')
          .execute()
      : []
    const rows = await ctx.questionnaires.rowsOf(ctx.db, [...new Set(campaigns.map((campaign) => campaign.questionnaire_id))])
    const questionnaires = new Map([...rows.values()].map((q) => [q.id, fieldQuestionnaire(q)]))
    const body: FieldBundle = {
      surveyor: await loadSurveyor(ctx.db, userId),
      downloadedAt: new Date().toISOString(),
      campaigns: campaigns.map((campaign) => ({
        id: campaign.id,
        name: campaign.name,
        year: campaign.year,
        startsOn: campaign.starts_on,
        endsOn: campaign.ends_on,
        units: units.filter((unit) => unit.campaign_id === campaign.id).map((unit) => ({ id: unit.id, name: unit.name })),
        questionnaire: questionnaires.get(campaign.questionnaire_id)!,
      })),
    }
    c.header('Cache-Control', 'no-store')
    return c.json(body, 200)
  })
}
