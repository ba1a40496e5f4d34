import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getCampaignTeam } from './get-campaign-team'
import { getTeamInterviews } from './get-team-interviews'
import { setCampaignTeam } from './set-campaign-team'

/** Mounted at the API root: its paths sit under /campaigns beside that group. */
export function teamsRoutes(ctx: AppContext) {
  return createRouter().route('/', getCampaignTeam(ctx)).route('/', setCampaignTeam(ctx)).route('/', getTeamInterviews(ctx))
}
