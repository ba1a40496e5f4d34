import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, problem } from '../http/errors'
import { createRouter } from '../http/router'

const createOrganisationRoute = endpointRoute(endpoints.organisations.create, {
  summary: 'Add a partner organisation (admins)',
  middleware: [requireRole('admin')],
  returns: 'Created',
  errors: { 409: 'An organisation already has this name' },
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
      if (taken) throw conflict('An organisation with this name already exists', { name: problem('name_taken', 'is already used') })
      const row = await trx.insertInto('organisations').values({ name }).returning(['id', 'name']).executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'create', entity: 'organisation', entityId: row.id, details: { name } })
      return row
    })
    return c.json(created, 201)
  })
}
