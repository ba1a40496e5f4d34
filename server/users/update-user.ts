import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import { hashPassword } from '../auth/passwords'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, forbidden, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { checkOrganisation, checkRoleAgency } from './check-user'
import { toUser, userColumns } from './to-user'

const updateUserRoute = endpointRoute(endpoints.users.update, {
  summary: 'Change an account: name, password, role, agency, organisation, active (admins)',
  middleware: [requireRole('admin')],
  returns: 'Updated',
  errors: {
    403: 'The acting account is no longer an active admin (changed meanwhile)',
    404: 'No such account',
    409: 'Own account deactivated or demoted, or no active admin would be left',
  },
})

export function updateUser(ctx: AppContext) {
  return createRouter().openapi(updateUserRoute, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password)
    const row = await ctx.db.transaction().execute(async (trx) => {
      // The account and every active admin are locked in id order: two admins changing each
      // other at once wait for one another instead of deadlocking (the audit row's foreign
      // key would lock the actor's row), and the second sees the first's outcome.
      const locked = await trx
        .selectFrom('users')
        .select(userColumns)
        .where((eb) => eb.or([eb('id', '=', id), eb.and([eb('role', '=', 'admin'), eb('active', '=', true)])]))
        .orderBy('id')
        .forUpdate()
        .execute()
      const current = locked.find((user) => user.id === id)
      if (!current) throw notFound('Account')
      const role = input.role ?? current.role
      const agencyId = input.agencyId !== undefined ? input.agencyId : current.agency_id
      await checkRoleAgency(trx, role, agencyId)
      if (input.organisationId !== undefined) await checkOrganisation(trx, input.organisationId)
      // An admin cannot lock themselves out: the last way back in would be the database.
      if (id === c.var.user.id && (input.active === false || (input.role !== undefined && input.role !== 'admin'))) {
        throw conflict('You cannot deactivate or demote your own account', {
          [input.active === false ? 'active' : 'role']: problem('own_account', 'not for your own account'),
        })
      }
      const stillAdmin = role === 'admin' && (input.active ?? current.active)
      if (!stillAdmin && !locked.some((user) => user.id !== id && user.role === 'admin' && user.active)) {
        throw conflict('At least one active admin must remain', {
          [input.active === false ? 'active' : 'role']: problem('last_admin', 'would leave no active admin'),
        })
      }
      if (!locked.some((user) => user.id === c.var.user.id && user.role === 'admin' && user.active))
        throw forbidden('Your account is no longer an active admin')
      const updated = await trx
        .updateTable('users')
        .set({
          name: input.name,
          role,
          agency_id: agencyId,
          organisation_id: input.organisationId,
          active: input.active,
          password_hash: passwordHash,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .returning(userColumns)
        .executeTakeFirstOrThrow()
      // A deactivated account or a new password ends the account's open sessions.
      if (input.active === false || passwordHash !== undefined) await trx.deleteFrom('sessions').where('user_id', '=', id).execute()
      const { password: _password, ...changes } = input
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'update',
        entity: 'user',
        entityId: id,
        details: { ...changes, ...(passwordHash !== undefined && { passwordChanged: true }) },
      })
      return updated
    })
    return c.json(toUser(row), 200)
  })
}
