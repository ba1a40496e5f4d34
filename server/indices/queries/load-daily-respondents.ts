import { type Kysely, sql } from 'kysely'
import type { TimelineQuery } from '../../../shared/indices/schemas'
import type { DatabaseSchema } from '../../db/schema'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import { RESPONDENTS_SLOT } from '../compute/rollup-layout'
import { cellFilter } from './load-rollups'
import { readRollups } from './read-rollups'

export interface DailyRespondents {
  day: string
  flagged: boolean
  n: number
}

/** Respondents per Viet Nam day of some units of a campaign, flagged apart, under the filters (flagged ones always counted). */
export async function loadDailyRespondents(
  db: Kysely<DatabaseSchema>,
  questionnaires: PublishedQuestionnaires,
  campaignId: number,
  agencyIds: number[],
  filters: Omit<TimelineQuery, 'agencyId' | 'interval'>,
): Promise<DailyRespondents[]> {
  return readRollups(db, questionnaires, campaignId, async (trx, source) => {
    const { rows } = await sql<DailyRespondents>`
      select day::text as day, flagged, sum(sums[${sql.lit(RESPONDENTS_SLOT + 1)}])::float8 as n
      from ${source('daily')}
      where ${cellFilter(
        campaignId,
        agencyIds,
        filters,
        filters.from ? sql`day >= ${filters.from}` : sql`true`,
        filters.to ? sql`day <= ${filters.to}` : sql`true`,
      )}
      group by day, flagged
      order by day`.execute(trx)
    return rows
  })
}
