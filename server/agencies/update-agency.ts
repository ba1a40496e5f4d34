import { sql } from 'kysely'
import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, fieldError, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { findAgencyByCode } from './find-agency-by-code'
import { agencyColumns, openingHoursColumns, toAgency } from './to-agency'

const updateAgencyRoute = endpointRoute(endpoints.agencies.update, {
  summary: 'Change an agency: name, code, kind, parent, active, opening hours (admins)',
  middleware: [requireRole('admin')],
  returns: 'Updated',
  errors: { 404: 'No such agency', 409: 'Code already used' },
})

export function updateAgency(ctx: AppContext) {
  return createRouter().openapi(updateAgencyRoute, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const row = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('agencies').select('id').where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Agency')
      if (input.parentId != null) {
        // The new parent's ancestors, itself included: moving under one of them would make a cycle.
        const { rows } = await sql<{ id: number }>`
          with recursive up(id, parent_id) as (
            select id, parent_id from agencies where id = ${input.parentId}
            union all
            select a.id, a.parent_id from agencies a join up on a.id = up.parent_id
          )
          select id from up`.execute(trx)
        if (rows.length === 0) throw fieldError('parentId', 'not_found', 'no such agency')
        if (rows.some((r) => r.id === id)) throw fieldError('parentId', 'parent_cycle', 'cannot be the agency itself or one of its sub-agencies')
      }
      if (input.code !== undefined) {
        const other = await findAgencyByCode(trx, input.code)
        if (other && other.id !== id) throw conflict('An agency with this code already exists', { code: problem('code_taken', 'is already used') })
      }
      const updated = await trx
        .updateTable('agencies')
        .set({
          name: input.name,
          code: input.code,
          kind: input.kind,
          parent_id: input.parentId,
          active: input.active,
          ...(input.openingHours && openingHoursColumns(input.openingHours)),
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .returning(agencyColumns)
        .executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'update', entity: 'agency', entityId: id, details: input })
      return updated
    })
    ctx.surveyLinks.forget()
    return c.json(toAgency(row), 200)
  })
}
