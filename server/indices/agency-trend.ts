import type { Trend, TrendQuery } from '../../shared/indices/schemas'
import { questionnaireKindSchema } from '../../shared/questionnaires/schemas'
import { assertAgencyAccess } from '../auth/agency-access'
import { assertReadsResults, visibleCampaignIds } from '../auth/campaign-access'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { computeUnitIndices } from './compute/compute-unit-indices'
import { emptyUnitRollup } from './compute/unit-rollup'
import { loadIndicesCampaign } from './queries/load-indices-campaign'
import { loadRollups } from './queries/load-rollups'

/** A unit's index in every campaign that surveyed it, by year, each point naming its campaign and questionnaire. */
export async function agencyTrend(ctx: AppContext, user: SessionUser, agencyId: number, query: TrendQuery): Promise<Trend> {
  const agency = await ctx.db.selectFrom('agencies').select(['id', 'name']).where('id', '=', agencyId).executeTakeFirst()
  if (!agency) throw notFound('Agency')
  assertReadsResults(user)
  await assertAgencyAccess(ctx, user, agencyId)
  const visible = await visibleCampaignIds(ctx, user)
  const campaigns = await ctx.db
    .selectFrom('campaign_units')
    .innerJoin('campaigns', 'campaigns.id', 'campaign_units.campaign_id')
    .innerJoin('questionnaires', 'questionnaires.id', 'campaigns.questionnaire_id')
    .select(['campaigns.id', 'questionnaires.kind', 'questionnaires.name as questionnaireName'])
    .where('campaign_units.agency_id', '=', agencyId)
    .where('campaigns.status', '<>', 'draft')
    .orderBy('campaigns.year')
    .orderBy('campaigns.starts_on')
    .execute()
  const points = []
  for (const { id, kind, questionnaireName } of campaigns.filter((c) => !visible || visible.has(c.id))) {
    const campaign = (await loadIndicesCampaign(ctx.db, ctx.questionnaires, id))!
    const [group] = await loadRollups(ctx.db, ctx.questionnaires, id, [agencyId], query)
    const indices = computeUnitIndices(campaign.plan, group?.rollup ?? emptyUnitRollup())
    points.push({
      campaignId: id,
      campaignName: campaign.name,
      year: campaign.year,
      scoring: campaign.scoring,
      questionnaireKind: questionnaireKindSchema.parse(kind),
      questionnaireName,
      n: indices.n,
      sipas: indices.sipas,
      elements: indices.elements,
    })
  }
  return { agencyId, name: agency.name, points }
}
