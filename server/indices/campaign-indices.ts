import type { CampaignIndices, IndicesQuery } from '../../shared/indices/schemas'
import { targetProgress } from '../../shared/targets/sample-size'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { loadTargets } from '../targets/load-targets'
import { computeUnitIndices } from './compute/compute-unit-indices'
import { rankUnits } from './compute/rank-units'
import { emptyUnitRollup } from './compute/unit-rollup'
import { loadRollups } from './queries/load-rollups'
import { appliedFilters, type IndicesScope, indicesScope } from './scope'

/** The indices of every unit of a campaign the user may read, under the filters. */
export async function campaignIndices(ctx: AppContext, user: SessionUser, campaignId: number, query: IndicesQuery): Promise<CampaignIndices> {
  return indicesForScope(ctx, await indicesScope(ctx, user, campaignId, query.agencyId), query)
}

export async function indicesForScope(ctx: AppContext, { campaign, units }: IndicesScope, query: IndicesQuery): Promise<CampaignIndices> {
  const groups = await loadRollups(
    ctx.db,
    ctx.questionnaires,
    campaign.id,
    units.map((u) => u.agencyId),
    query,
  )
  const computed = units.map((unit) => {
    const group = groups.find((g) => g.agencyId === unit.agencyId)
    return { agencyId: unit.agencyId, name: unit.name, flagged: group?.flagged ?? 0, ...computeUnitIndices(campaign.plan, group?.rollup ?? emptyUnitRollup()) }
  })
  const ranks = rankUnits(computed.map((u) => u.sipas))
  const targets = await loadTargets(ctx.db, campaign.id)
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    year: campaign.year,
    scoring: campaign.scoring,
    filters: appliedFilters(query),
    unit: campaign.scoring === 'points' ? 'points' : 'percent',
    units: computed.map((unit, i) => ({
      ...unit,
      rank: ranks[i]!,
      ...targetProgress(
        targets.units.find((t) => t.agencyId === unit.agencyId),
        unit.n,
      ),
    })),
    targets: { margin: targets.margin, defaultTarget: targets.defaultTarget },
  }
}
