import { type BreakdownQuery, type Breakdowns, MIN_CELL_RESPONDENTS } from '../../shared/indices/schemas'
import { CHANNELS as LINK_CHANNELS } from '../../shared/links/schemas'
import { RESPONSE_CHANNELS } from '../../shared/responses/channels'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { fieldError } from '../http/errors'
import { computeUnitIndices } from './compute/compute-unit-indices'
import { loadRollups, type RollupGrouping } from './queries/load-rollups'
import { appliedFilters, type IndicesScope, indicesScope } from './scope'

/**
 * Indices per channel (kiosk, QR, and interview and paper when the campaign has them) or per demographic group of each unit. Cells with fewer than 5
 * respondents are listed as hidden, without any figure (k-anonymity).
 */
export async function campaignBreakdowns(ctx: AppContext, user: SessionUser, campaignId: number, query: BreakdownQuery): Promise<Breakdowns> {
  return breakdownsForScope(ctx, await indicesScope(ctx, user, campaignId, query.agencyId), query)
}

export async function breakdownsForScope(ctx: AppContext, { campaign, units }: IndicesScope, query: BreakdownQuery): Promise<Breakdowns> {
  let grouping: RollupGrouping
  let groups: string[] | undefined
  if (query.by === 'channel') {
    grouping = { by: 'channel' }
  } else {
    const item = campaign.definition.demographics.find((d) => d.key === query.by)
    if (!item)
      throw fieldError(
        'by',
        'invalid_value',
        `must be channel or one of the questionnaire's demographic items (${campaign.definition.demographics.map((d) => d.key).join(', ')})`,
      )
    if (query.from || query.to)
      throw fieldError(query.from ? 'from' : 'to', 'not_available', 'demographic breakdowns cover the whole campaign; a date range is not available')
    grouping = { by: 'demographic', item: item.key }
    groups = item.options.map((o) => o.key)
  }
  const rollups = await loadRollups(
    ctx.db,
    ctx.questionnaires,
    campaign.id,
    units.map((u) => u.agencyId),
    query,
    grouping,
  )
  // The link channels always have a row per unit; interviews and paper forms once the campaign has any.
  groups ??= RESPONSE_CHANNELS.filter((c) => (LINK_CHANNELS as readonly string[]).includes(c) || rollups.some((r) => r.group === c))
  const cells = units.flatMap((unit) =>
    groups.map((group) => {
      const found = rollups.find((r) => r.agencyId === unit.agencyId && r.group === group)
      const n = found?.rollup.respondents ?? 0
      if (!found || n < MIN_CELL_RESPONDENTS) return { agencyId: unit.agencyId, group, n: null, hidden: true, sipas: null, overall: null }
      const indices = computeUnitIndices(campaign.plan, found.rollup)
      return { agencyId: unit.agencyId, group, n, hidden: false, sipas: indices.sipas, overall: indices.overall }
    }),
  )
  return { campaignId: campaign.id, by: query.by, filters: appliedFilters(query), cells }
}
