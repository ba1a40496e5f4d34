import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getCampaignBundle } from './get-campaign-bundle'
import { getInstallationKey } from './get-installation-key'
import { getNationalRanking } from './get-national-ranking'
import { getNationalRankingXlsx } from './get-national-ranking-xlsx'
import { importBundle } from './import-bundle'
import { listProvinces } from './list-provinces'
import { registerProvince } from './register-province'

/** The national roll-up (admins): this installation's key, registered provinces, imported bundles, the ranking. */
export function nationalRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx), requireRole('admin'))
  return router
    .route('/', getInstallationKey(ctx))
    .route('/', listProvinces(ctx))
    .route('/', registerProvince(ctx))
    .route('/', importBundle(ctx))
    .route('/', getNationalRanking(ctx))
    .route('/', getNationalRankingXlsx(ctx))
}

/** Mounted at the API root beside the campaigns: a province's signed bundle of one campaign. */
export function campaignBundleRoutes(ctx: AppContext) {
  return createRouter().route('/', getCampaignBundle(ctx))
}
