import { createRoute } from '@hono/zod-openapi'
import { createUserSchema, userSchema } from '../../shared/users/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import { hashPassword } from '../auth/passwords'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { checkEmailFree, checkOrganisation, checkRoleAgency } from './check-user'
import { toUser, userColumns } from './to-user'

const createUserRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an account (admins)',
  middleware: [requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: createUserSchema } }, required: true } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: userSchema } } },
    409: { description: 'Email already used' },
  },
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
