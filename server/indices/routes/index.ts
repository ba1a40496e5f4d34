import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { getAgencyTrend } from './get-agency-trend'
import { getCampaignBreakdowns } from './get-campaign-breakdowns'
import { getCampaignIndices } from './get-campaign-indices'
import { getCampaignTimeline } from './get-campaign-timeline'

/** Mounted at the API root: its paths sit under /campaigns and /agencies beside those groups. */
export function indicesRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', getCampaignIndices(ctx))
    .route('/', getCampaignBreakdowns(ctx))
    .route('/', getCampaignTimeline(ctx))
    .route('/', getAgencyTrend(ctx))
}
