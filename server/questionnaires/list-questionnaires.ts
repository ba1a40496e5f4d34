import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { toQuestionnaireSummary } from './to-questionnaire'

const listQuestionnairesRoute = endpointRoute(endpoints.questionnaires.list, {
  summary: 'Questionnaire versions, without their definitions',
  returns: 'By name, then version',
})

export function listQuestionnaires(ctx: AppContext) {
  return createRouter().openapi(listQuestionnairesRoute, async (c) => {
    const rows = await ctx.db
      .selectFrom('questionnaires')
      .select(['id', 'name', 'kind', 'version', 'status', 'scoring', 'based_on_id', 'builtin', 'published_at'])
      .orderBy('builtin', 'desc')
      .orderBy('name')
      .orderBy('version')
      .execute()
    return c.json(rows.map(toQuestionnaireSummary), 200)
  })
}
