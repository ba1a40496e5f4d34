import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { listAudit } from './list-audit'

export function auditRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx))
  return router.route('/', listAudit(ctx))
}
