import { createRoute } from '@hono/zod-openapi'
import { currentUserSchema } from '../../../shared/auth/schemas'
import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { requireUser } from '../middleware'

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  summary: 'The logged-in account',
  responses: {
    200: { description: 'The account', content: { 'application/json': { schema: currentUserSchema } } },
    401: { description: 'Not logged in' },
  },
})

export function me(ctx: AppContext) {
  const router = createRouter()
  router.use('/me', requireUser(ctx))
  return router.openapi(meRoute, (c) => c.json(c.var.user, 200))
}
