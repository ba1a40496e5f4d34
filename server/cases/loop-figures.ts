import { type Kysely, sql } from 'kysely'
import type { LoopFigures } from '../../shared/cases/schemas'
import type { DatabaseSchema } from '../db/schema'

/**
 * Per campaign and unit: cases opened, answered (a public reply was given), answered by their due
 * day (Viet Nam date) and the median calendar days from opening to the reply. Reusable by any
 * reader of the figures (results, exports, plans, public results); callers scope the ids.
 */
export async function loadLoopFigures(db: Kysely<DatabaseSchema>, scope: { campaignIds: number[]; agencyIds?: number[] | undefined }): Promise<LoopFigures[]> {
  if (scope.campaignIds.length === 0 || scope.agencyIds?.length === 0) return []
  let query = db
    .selectFrom('feedback_cases')
    .select([
      'campaign_id',
      'agency_id',
      sql<number>`count(*)::int`.as('opened'),
      sql<number>`count(answered_at)::int`.as('answered'),
      // UTC plus seven hours: Viet Nam's date whatever the session's time zone (PGlite has no zone names)
      sql<number>`count(*) filter (where ((answered_at at time zone 'UTC') + interval '7 hours')::date <= due_on)::int`.as('answered_on_time'),
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from answered_at - opened_at) / 86400) filter (where answered_at is not null)`.as(
        'median_days',
      ),
    ])
    .where('campaign_id', 'in', scope.campaignIds)
    .groupBy(['campaign_id', 'agency_id'])
    .orderBy('campaign_id')
    .orderBy('agency_id')
  if (scope.agencyIds) query = query.where('agency_id', 'in', scope.agencyIds)
  const rows = await query.execute()
  return rows.map((row) => ({
    campaignId: row.campaign_id,
    agencyId: row.agency_id,
    opened: row.opened,
    answered: row.answered,
    answeredOnTime: row.answered_on_time,
    medianDaysToAnswer: row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
  }))
}
