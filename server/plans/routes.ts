import { RESULT_READER_ROLES } from '../../shared/auth/roles'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { createPlan } from './create-plan'
import { getPlan } from './get-plan'
import { getPlanSummary } from './get-plan-summary'
import { getPlanSummaryXlsx } from './get-plan-summary-xlsx'
import { getPlanYearUnits } from './get-plan-year-units'
import { listPlans } from './list-plans'
import { setPlanUnits } from './set-plan-units'
import { updatePlan } from './update-plan'

export function plansRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx), requireRole(...RESULT_READER_ROLES))
  return router
    .route('/', listPlans(ctx))
    .route('/', getPlan(ctx))
    .route('/', createPlan(ctx))
    .route('/', updatePlan(ctx))
    .route('/', setPlanUnits(ctx))
    .route('/', getPlanYearUnits(ctx))
    .route('/', getPlanSummary(ctx))
    .route('/', getPlanSummaryXlsx(ctx))
}
