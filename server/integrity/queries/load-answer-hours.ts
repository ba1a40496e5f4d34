import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { type AnswersAtLink, answersPerLink, atLink } from './answers-per-link'

/** The answers of one hour at one link (or channel without a link) of a unit, and those flagged as a burst. */
export interface AnswerHourRow extends AnswersAtLink {
  hour: Date
  burst: number
}

/** Every answer of the campaign's units, counted per link and hour. */
export async function loadAnswerHours(db: Kysely<DatabaseSchema>, campaignId: number, agencyIds: number[]): Promise<AnswerHourRow[]> {
  if (agencyIds.length === 0) return []
  const rows = await answersPerLink(db, campaignId, agencyIds)
    .select(['submitted_hour', (eb) => eb.fn.count<string>('id').filterWhere('flag_reason', 'like', '%burst%').as('burst')])
    .groupBy('submitted_hour')
    .execute()
  return rows.map((r) => ({ ...atLink(r), hour: r.submitted_hour, burst: Number(r.burst) }))
}
