import { createRoute } from '@hono/zod-openapi'
import { agencySchema, createAgencySchema } from '../../shared/agencies/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { conflict, fieldError } from '../http/errors'
import { createRouter } from '../http/router'
import { findAgencyByCode } from './find-agency-by-code'
import { agencyColumns, openingHoursColumns, toAgency } from './to-agency'

const createAgencyRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an agency (admins)',
  middleware: [requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: createAgencySchema } }, required: true } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: agencySchema } } },
    409: { description: 'Code already used' },
  },
})

export function createAgency(ctx: AppContext) {
  return createRouter().openapi(createAgencyRoute, async (c) => {
    const input = c.req.valid('json')
    const parentId = input.parentId ?? null
    const row = await ctx.db.transaction().execute(async (trx) => {
      if (parentId !== null && !(await trx.selectFrom('agencies').select('id').where('id', '=', parentId).executeTakeFirst())) {
        throw fieldError('parentId', 'no such agency')
      }
      if (await findAgencyByCode(trx, input.code)) throw conflict('An agency with this code already exists', { code: 'is already used' })
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
