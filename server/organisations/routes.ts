import { RESULT_READER_ROLES } from '../../shared/auth/roles'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { createOrganisation } from './create-organisation'
import { listOrganisations } from './list-organisations'

export function organisationsRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx), requireRole(...RESULT_READER_ROLES))
  return router.route('/', listOrganisations(ctx)).route('/', createOrganisation(ctx))
}
