import { createRoute } from '@hono/zod-openapi'
import { createOrganisationSchema, organisationSchema } from '../../shared/organisations/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { conflict } from '../http/errors'
import { createRouter } from '../http/router'

const createOrganisationRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Add a partner organisation (admins)',
  middleware: [requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: createOrganisationSchema } }, required: true } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: organisationSchema } } },
    409: { description: 'An organisation already has this name' },
  },
})

export function createOrganisation(ctx: AppContext) {
  return createRouter().openapi(createOrganisationRoute, async (c) => {
    const { name } = c.req.valid('json')
    const created = await ctx.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('organisations')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
        .executeTakeFirst()
      if (taken) throw conflict('An organisation with this name already exists', { name: 'is already used' })
      const row = await trx.insertInto('organisations').values({ name }).returning(['id', 'name']).executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'create', entity: 'organisation', entityId: row.id, details: { name } })
      return row
    })
    return c.json(created, 201)
  })
}
