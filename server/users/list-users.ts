import { createRoute, z } from '@hono/zod-openapi'
import { userSchema } from '../../shared/users/schemas'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { toUser, userColumns } from './to-user'

const listUsersRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'All accounts (admins)',
  middleware: [requireRole('admin')] as const,
  responses: { 200: { description: 'Accounts by email', content: { 'application/json': { schema: z.array(userSchema) } } } },
})

export function listUsers(ctx: AppContext) {
  return createRouter().openapi(listUsersRoute, async (c) => {
    const rows = await ctx.db.selectFrom('users').select(userColumns).orderBy('email').execute()
    return c.json(rows.map(toUser), 200)
  })
}
