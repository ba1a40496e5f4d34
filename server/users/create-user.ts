import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import { hashPassword } from '../auth/passwords'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { checkEmailFree, checkOrganisation, checkRoleAgency } from './check-user'
import { toUser, userColumns } from './to-user'

const createUserRoute = endpointRoute(endpoints.users.create, {
  summary: 'Create an account (admins)',
  middleware: [requireRole('admin')],
  returns: 'Created',
  errors: { 409: 'Email already used' },
})

export function createUser(ctx: AppContext) {
  return createRouter().openapi(createUserRoute, async (c) => {
    const input = c.req.valid('json')
    const agencyId = input.agencyId ?? null
    const organisationId = input.organisationId ?? null
    const passwordHash = await hashPassword(input.password)
    const row = await ctx.db.transaction().execute(async (trx) => {
      await checkRoleAgency(trx, input.role, agencyId)
      await checkOrganisation(trx, organisationId)
      await checkEmailFree(trx, input.email)
      const created = await trx
        .insertInto('users')
        .values({ email: input.email, name: input.name, password_hash: passwordHash, role: input.role, agency_id: agencyId, organisation_id: organisationId })
        .returning(userColumns)
        .executeTakeFirstOrThrow()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'create',
        entity: 'user',
        entityId: created.id,
        details: { email: created.email, role: created.role, agencyId, organisationId },
      })
      return created
    })
    return c.json(toUser(row), 201)
  })
}
