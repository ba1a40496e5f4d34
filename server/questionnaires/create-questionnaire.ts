import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { fieldError } from '../http/errors'
import { createRouter } from '../http/router'
import { nextVersion } from './next-version'
import { toQuestionnaire } from './to-questionnaire'

const createQuestionnaireRoute = endpointRoute(endpoints.questionnaires.create, {
  summary: 'New draft copied from an existing version (admins)',
  middleware: [requireRole('admin')],
  returns: 'The new draft',
})

export function createQuestionnaire(ctx: AppContext) {
  return createRouter().openapi(createQuestionnaireRoute, async (c) => {
    const input = c.req.valid('json')
    const row = await ctx.db.transaction().execute(async (trx) => {
      const source = await trx.selectFrom('questionnaires').selectAll().where('id', '=', input.basedOnId).executeTakeFirst()
      if (!source) throw fieldError('basedOnId', 'not_found', 'no such questionnaire')
      const name = input.name ?? source.name
      const created = await trx
        .insertInto('questionnaires')
        .values({
          name,
          kind: source.kind,
          version: await nextVersion(trx, name),
          status: 'draft',
          scoring: source.scoring,
          definition: JSON.stringify(source.definition),
          based_on_id: source.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'create',
        entity: 'questionnaire',
        entityId: created.id,
        details: { basedOnId: source.id, name, version: created.version },
      })
      return created
    })
    return c.json(toQuestionnaire(row), 201)
  })
}
