import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { toQuestionnaire } from './to-questionnaire'

const getQuestionnaireRoute = endpointRoute(endpoints.questionnaires.get, {
  summary: 'One questionnaire version with its full definition',
  returns: 'The questionnaire',
  errors: { 404: 'No such questionnaire' },
})

export function getQuestionnaire(ctx: AppContext) {
  return createRouter().openapi(getQuestionnaireRoute, async (c) => {
    const { id } = c.req.valid('param')
    const row = await ctx.questionnaires.row(ctx.db, id)
    if (!row) throw notFound('Questionnaire')
    return c.json(toQuestionnaire(row), 200)
  })
}
