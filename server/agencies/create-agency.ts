import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, fieldError, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { findAgencyByCode } from './find-agency-by-code'
import { agencyColumns, openingHoursColumns, toAgency } from './to-agency'

const createAgencyRoute = endpointRoute(endpoints.agencies.create, {
  summary: 'Create an agency (admins)',
  middleware: [requireRole('admin')],
  returns: 'Created',
  errors: { 409: 'Code already used' },
})

export function createAgency(ctx: AppContext) {
  return createRouter().openapi(createAgencyRoute, async (c) => {
    const input = c.req.valid('json')
    const parentId = input.parentId ?? null
    const row = await ctx.db.transaction().execute(async (trx) => {
      if (parentId !== null && !(await trx.selectFrom('agencies').select('id').where('id', '=', parentId).executeTakeFirst())) {
        throw fieldError('parentId', 'not_found', 'no such agency')
      }
      if (await findAgencyByCode(trx, input.code)) throw conflict('An agency with this code already exists', { code: problem('code_taken', 'is already used') })
      const created = await trx
        .insertInto('agencies')
        .values({
          name: input.name,
          code: input.code,
          kind: input.kind,
          parent_id: parentId,
          ...(input.openingHours && openingHoursColumns(input.openingHours)),
        })
        .returning(agencyColumns)
        .executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'create', entity: 'agency', entityId: created.id, details: input })
      return created
    })
    return c.json(toAgency(row), 201)
  })
}
