import type { Kysely } from 'kysely'
import { vietnamDayEnd, vietnamDayStart } from '../../../shared/calendar/vietnam-time'
import type { ReviewDecision, ReviewSummary } from '../../../shared/integrity/review'
import type { DatabaseSchema } from '../../db/schema'
import type { RollupFilters } from '../../indices/queries/load-rollups'

/** How many answers of each unit review decisions counted or left out, per decision and reason, under the channel, verification and date filters. */
export async function loadReviewSummary(
  db: Kysely<DatabaseSchema>,
  campaignId: number,
  agencyIds: number[],
  filters: Pick<RollupFilters, 'verifiedOnly' | 'channel' | 'from' | 'to'>,
): Promise<ReviewSummary[]> {
  if (agencyIds.length === 0) return []
  let query = db
    .selectFrom('responses')
    .select(['agency_id', 'review', 'review_reason', (eb) => eb.fn.countAll<string>().as('n')])
    .where('campaign_id', '=', campaignId)
    .where('agency_id', 'in', agencyIds)
    .where('review', 'is not', null)
  if (filters.verifiedOnly) query = query.where('verified', '=', true)
  if (filters.channel) query = query.where('channel', '=', filters.channel)
  if (filters.from) query = query.where('submitted_hour', '>=', vietnamDayStart(filters.from))
  if (filters.to) query = query.where('submitted_hour', '<', vietnamDayEnd(filters.to))
  const rows = await query.groupBy(['agency_id', 'review', 'review_reason']).orderBy('agency_id').orderBy('review').orderBy('review_reason').execute()
  return rows.map((r) => ({ agencyId: r.agency_id, decision: r.review as ReviewDecision, reason: r.review_reason ?? '', n: Number(r.n) }))
}
