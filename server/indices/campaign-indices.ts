import type { CampaignIndices, IndicesQuery } from '../../shared/indices/schemas'
import { MIN_CELL_RESPONDENTS } from '../../shared/indices/schemas'
import { RESPONSE_CHANNELS } from '../../shared/responses/channels'
import { targetProgress } from '../../shared/targets/sample-size'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { loadReviewSummary } from '../integrity/queries/load-review-summary'
import { loadTargets } from '../targets/load-targets'
import { channelGap } from './compute/channel-gap'
import { computeUnitIndices } from './compute/compute-unit-indices'
import { rankUnits } from './compute/rank-units'
import { addUnitRollup, emptyUnitRollup } from './compute/unit-rollup'
import { loadRollups } from './queries/load-rollups'
import { appliedFilters, type IndicesScope, indicesScope } from './scope'

/** The indices of every unit of a campaign the user may read, under the filters. */
export async function campaignIndices(ctx: AppContext, user: SessionUser, campaignId: number, query: IndicesQuery): Promise<CampaignIndices> {
  return indicesForScope(ctx, await indicesScope(ctx, user, campaignId, query.agencyId), query)
}

/**
 * Reads the rollups per channel once: each unit's figures are its channels summed, and
 * each channel's own index stands beside them (the kiosk against the other channels).
 */
export async function indicesForScope(ctx: AppContext, { campaign, units }: IndicesScope, query: IndicesQuery): Promise<CampaignIndices> {
  const agencyIds = units.map((u) => u.agencyId)
  const groups = await loadRollups(ctx.db, ctx.questionnaires, campaign.id, agencyIds, query, { by: 'channel' })
  const computed = units.map((unit) => {
    const rollup = emptyUnitRollup()
    let flagged = 0
    const channels = RESPONSE_CHANNELS.map((channel) => {
      const group = groups.find((g) => g.agencyId === unit.agencyId && g.group === channel)
      if (group) {
        addUnitRollup(rollup, group.rollup)
        flagged += group.flagged
      }
      const n = group?.rollup.respondents ?? 0
      return { channel, n, sipas: group && n >= MIN_CELL_RESPONDENTS ? computeUnitIndices(campaign.plan, group.rollup).sipas : null }
    })
    const kiosk = channels[0]!.sipas
    const kioskGaps = channels.slice(1).flatMap(({ channel, sipas }) => {
      const gap = kiosk && sipas ? channelGap(channel, kiosk, sipas) : null
      return gap ? [gap] : []
    })
    return { agencyId: unit.agencyId, name: unit.name, flagged, ...computeUnitIndices(campaign.plan, rollup), channels, kioskGaps }
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
    reviews: await loadReviewSummary(ctx.db, campaign.id, agencyIds, query),
  }
}
