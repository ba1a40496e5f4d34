import { createRoute } from '@hono/zod-openapi'
import { questionnaireSchema } from '../../shared/questionnaires/schemas'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { toQuestionnaire } from './to-questionnaire'

const getQuestionnaireRoute = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One questionnaire version with its full definition',
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The questionnaire', content: { 'application/json': { schema: questionnaireSchema } } },
    404: { description: 'No such questionnaire' },
  },
})

export function getQuestionnaire(ctx: AppContext) {
  return createRouter().openapi(getQuestionnaireRoute, async (c) => {
    const { id } = c.req.valid('param')
    const row = await ctx.questionnaires.row(ctx.db, id)
    if (!row) throw notFound('Questionnaire')
    return c.json(toQuestionnaire(row), 200)
  })
}
