import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { getCampaignIntegrity } from './get-campaign-integrity'
import { getFlaggedAnswers } from './get-flagged-answers'
import { postFlagReview } from './post-flag-review'

/** Mounted at the API root: its paths sit under /campaigns beside that group. */
export function integrityRoutes(ctx: AppContext) {
  return createRouter().route('/', getCampaignIntegrity(ctx)).route('/', getFlaggedAnswers(ctx)).route('/', postFlagReview(ctx))
}
