import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getCampaignTargets } from './get-campaign-targets'
import { importCampaignTargets } from './import-campaign-targets'
import { setCampaignTargets } from './set-campaign-targets'

/** Mounted at the API root: its paths sit under /campaigns beside that group. */
export function targetsRoutes(ctx: AppContext) {
  return createRouter().route('/', getCampaignTargets(ctx)).route('/', setCampaignTargets(ctx)).route('/', importCampaignTargets(ctx))
}
