import { endpoints } from '../../shared/api/endpoints'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { toUser, userColumns } from './to-user'

const listUsersRoute = endpointRoute(endpoints.users.list, {
  summary: 'All accounts (admins)',
  middleware: [requireRole('admin')],
  returns: 'Accounts by email',
})

export function listUsers(ctx: AppContext) {
  return createRouter().openapi(listUsersRoute, async (c) => {
    const rows = await ctx.db.selectFrom('users').select(userColumns).orderBy('email').execute()
    return c.json(rows.map(toUser), 200)
  })
}
