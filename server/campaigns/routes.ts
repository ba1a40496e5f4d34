import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { createCampaign } from './create-campaign'
import { deleteCampaign } from './delete-campaign'
import { getCampaign } from './get-campaign'
import { listCampaigns } from './list-campaigns'
import { setCampaignUnits } from './set-campaign-units'
import { updateCampaign } from './update-campaign'

export function campaignsRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx))
  return router
    .route('/', listCampaigns(ctx))
    .route('/', getCampaign(ctx))
    .route('/', createCampaign(ctx))
    .route('/', updateCampaign(ctx))
    .route('/', deleteCampaign(ctx))
    .route('/', setCampaignUnits(ctx))
}
