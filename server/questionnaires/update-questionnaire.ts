import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { ApiError, conflict, notFound, summarize } from '../http/errors'
import { createRouter } from '../http/router'
import { definitionProblems } from './check-definition'
import { nextVersion } from './next-version'
import { toQuestionnaire } from './to-questionnaire'

const updateQuestionnaireRoute = endpointRoute(endpoints.questionnaires.update, {
  summary: 'Edit a draft: name and definition (admins); a published version is frozen',
  middleware: [requireRole('admin')],
  returns: 'The updated draft',
  errors: { 404: 'No such questionnaire', 409: 'Published versions cannot change' },
})

export function updateQuestionnaire(ctx: AppContext) {
  return createRouter().openapi(updateQuestionnaireRoute, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    if (input.definition) {
      const problems = definitionProblems(input.definition)
      if (Object.keys(problems).length > 0) {
        throw new ApiError(400, 'validation_failed', `Invalid questionnaire: ${summarize(problems)}`, problems)
      }
    }
    const row = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('questionnaires').select(['id', 'name', 'status']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Questionnaire')
      if (current.status !== 'draft') throw conflict('This questionnaire is published and frozen; copy it to make changes')
      const renamed = input.name !== undefined && input.name !== current.name
      const updated = await trx
        .updateTable('questionnaires')
        .set({
          name: input.name,
          version: renamed ? await nextVersion(trx, input.name!) : undefined,
          definition: input.definition && JSON.stringify(input.definition),
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'update',
        entity: 'questionnaire',
        entityId: id,
        details: { ...(input.name !== undefined && { name: input.name }), definitionChanged: input.definition !== undefined },
      })
      return updated
    })
    return c.json(toQuestionnaire(row), 200)
  })
}
