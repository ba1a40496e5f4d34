import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { toQuestionnaire } from './to-questionnaire'

const publishQuestionnaireRoute = endpointRoute(endpoints.questionnaires.publish, {
  summary: 'Publish a draft (admins); from then on it is frozen and campaigns may use it',
  middleware: [requireRole('admin')],
  returns: 'The published version',
  errors: { 404: 'No such questionnaire', 409: 'Already published' },
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
