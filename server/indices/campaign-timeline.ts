import type { Timeline, TimelineQuery } from '../../shared/indices/schemas'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { loadDailyRespondents } from './queries/load-daily-respondents'
import { appliedFilters, type IndicesScope, indicesScope } from './scope'

/** Monday (YYYY-MM-DD) of the week of a day. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
  return date.toISOString().slice(0, 10)
}

/**
 * Responses per day or week with the flagged ones among them, for charts. Flagged
 * responses are always counted here (that is the point of the flagged share); the other
 * filters apply.
 */
export async function campaignTimeline(ctx: AppContext, user: SessionUser, campaignId: number, query: TimelineQuery): Promise<Timeline> {
  return timelineForScope(ctx, await indicesScope(ctx, user, campaignId, query.agencyId), query)
}

export async function timelineForScope(ctx: AppContext, { campaign, units }: IndicesScope, query: TimelineQuery): Promise<Timeline> {
  const points = new Map<string, { responses: number; flagged: number }>()
  if (units.length > 0) {
    const rows = await loadDailyRespondents(
      ctx.db,
      ctx.questionnaires,
      campaign.id,
      units.map((u) => u.agencyId),
      query,
    )
    for (const row of rows) {
      const period = query.interval === 'week' ? weekStart(row.day) : row.day
      const point = points.get(period) ?? { responses: 0, flagged: 0 }
      point.responses += Number(row.n)
      if (row.flagged) point.flagged += Number(row.n)
      points.set(period, point)
    }
  }
  return {
    campaignId: campaign.id,
    interval: query.interval,
    filters: { ...appliedFilters(query), includeFlagged: true },
    points: [...points].map(([period, p]) => ({ period, ...p, flaggedShare: p.responses > 0 ? (100 * p.flagged) / p.responses : null })),
  }
}
