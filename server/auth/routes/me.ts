import { endpoints } from '../../../shared/api/endpoints'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { requireUser } from '../middleware'

const meRoute = endpointRoute(endpoints.auth.me, {
  summary: 'The logged-in account',
  returns: 'The account',
  errors: { 401: 'Not logged in' },
})

export function me(ctx: AppContext) {
  const router = createRouter()
  router.use('/me', requireUser(ctx))
  return router.openapi(meRoute, (c) => c.json(c.var.user, 200))
}
