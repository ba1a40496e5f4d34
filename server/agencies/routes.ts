import { RESULT_READER_ROLES } from '../../shared/auth/roles'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { createAgency } from './create-agency'
import { importAgencies } from './import-agencies'
import { importTemplates } from './import-template'
import { listAgencies } from './list-agencies'
import { updateAgency } from './update-agency'

export function agenciesRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx), requireRole(...RESULT_READER_ROLES))
  return router
    .route('/', listAgencies(ctx))
    .route('/', createAgency(ctx))
    .route('/', importAgencies(ctx))
    .route('/', importTemplates(ctx))
    .route('/', updateAgency(ctx))
}
