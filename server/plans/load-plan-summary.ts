import { indicesQuerySchema } from '../../shared/indices/schemas'
import type { PlanSummary } from '../../shared/plans/schemas'
import type { SessionUser } from '../auth/session-user'
import { withUnits } from '../campaigns/load-campaign'
import { loadLoopFigures } from '../cases/loop-figures'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { indicesForScope } from '../indices/campaign-indices'
import { loadIndicesCampaign } from '../indices/queries/load-indices-campaign'
import { loadPlan } from './load-plan'
import { assertCanReadPlan } from './plan-access'
import { type PlanCampaign, summarisePlan } from './plan-summary'

/** The plan's summary under the default filters (flagged responses excluded), for readers of the plan. */
export async function loadPlanSummary(ctx: AppContext, user: SessionUser, planId: number): Promise<PlanSummary> {
  const plan = await loadPlan(ctx.db, planId)
  if (!plan) throw notFound('Plan')
  assertCanReadPlan(user, plan)
  const rows = await ctx.db.selectFrom('campaigns').selectAll().where('plan_id', '=', planId).orderBy('year').orderBy('starts_on').orderBy('id').execute()
  const defaults = indicesQuerySchema.parse({})
  const campaigns: PlanCampaign[] = []
  for (const campaign of await withUnits(ctx.db, rows)) {
    const indicesCampaign = campaign.status === 'draft' ? undefined : await loadIndicesCampaign(ctx.db, ctx.questionnaires, campaign.id)
    const indices = indicesCampaign ? await indicesForScope(ctx, { campaign: indicesCampaign, units: indicesCampaign.units }, defaults) : null
    campaigns.push({ id: campaign.id, name: campaign.name, year: campaign.year, status: campaign.status, agencyIds: campaign.agencyIds, indices })
  }
  const agencyIds = [...new Set([...plan.units.map((u) => u.agencyId), ...campaigns.flatMap((c) => c.agencyIds)])]
  const agencies = agencyIds.length
    ? await ctx.db.selectFrom('agencies').select(['id', 'code', 'name']).where('id', 'in', agencyIds).orderBy('name').execute()
    : []
  // Rows in the order of the plan: by the first year each unit is planned, then by name.
  const firstYear = (id: number) => Math.min(9999, ...plan.units.filter((u) => u.agencyId === id).map((u) => u.year))
  agencies.sort((a, b) => firstYear(a.id) - firstYear(b.id))
  // Plan readers read the whole province (see plan-access), so every unit's figures.
  const caseLoop = await loadLoopFigures(ctx.db, { campaignIds: campaigns.map((c) => c.id) })
  return { ...summarisePlan(plan, agencies, campaigns), caseLoop }
}
