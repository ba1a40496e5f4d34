import { createRoute } from '@hono/zod-openapi'
import { questionnaireSchema } from '../../shared/questionnaires/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { conflict, notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { toQuestionnaire } from './to-questionnaire'

const publishQuestionnaireRoute = createRoute({
  method: 'post',
  path: '/{id}/publish',
  summary: 'Publish a draft (admins); from then on it is frozen and campaigns may use it',
  middleware: [requireRole('admin')] as const,
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The published version', content: { 'application/json': { schema: questionnaireSchema } } },
    404: { description: 'No such questionnaire' },
    409: { description: 'Already published' },
  },
})

export function publishQuestionnaire(ctx: AppContext) {
  return createRouter().openapi(publishQuestionnaireRoute, async (c) => {
    const { id } = c.req.valid('param')
    const row = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('questionnaires').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Questionnaire')
      if (current.status === 'published') throw conflict('This questionnaire is already published')
      const published = await trx
        .updateTable('questionnaires')
        .set({ status: 'published', published_at: new Date(), updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'publish',
        entity: 'questionnaire',
        entityId: id,
        details: { name: published.name, version: published.version },
      })
      return published
    })
    return c.json(toQuestionnaire(row), 200)
  })
}
