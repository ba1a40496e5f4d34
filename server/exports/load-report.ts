import type { CampaignIndices, IndicesQuery } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { indicesForScope } from '../indices/campaign-indices'
import { indicesScope } from '../indices/scope'

/** The indices an export shows (same scope and filters as the API) and the questionnaire's labels. */
export async function loadReport(
  ctx: AppContext,
  user: SessionUser,
  campaignId: number,
  query: IndicesQuery,
): Promise<{ report: CampaignIndices; definition: QuestionnaireDefinition }> {
  const scope = await indicesScope(ctx, user, campaignId, query.agencyId)
  return { report: await indicesForScope(ctx, scope, query), definition: scope.campaign.definition }
}
