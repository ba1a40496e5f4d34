import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getCase } from './get-case'
import { getCaseSummary } from './get-case-summary'
import { listCases } from './list-cases'
import { updateCase } from './update-case'

/** The units' inbox of feedback cases: admins for every unit, unit managers for their own. */
export function casesRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx), requireRole('admin', 'unit_manager'))
  return router.route('/', getCaseSummary(ctx)).route('/', listCases(ctx)).route('/', getCase(ctx)).route('/', updateCase(ctx))
}
