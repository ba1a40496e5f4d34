import { createRoute, z } from '@hono/zod-openapi'
import { questionnaireSummarySchema } from '../../shared/questionnaires/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { toQuestionnaireSummary } from './to-questionnaire'

const listQuestionnairesRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Questionnaire versions, without their definitions',
  responses: { 200: { description: 'By name, then version', content: { 'application/json': { schema: z.array(questionnaireSummarySchema) } } } },
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
