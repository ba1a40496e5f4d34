import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { type AnswersAtLink, answersPerLink, atLink } from './answers-per-link'

/** A distinct answer set at one link (or channel without a link) of a unit, and how many answers gave it. */
export interface AnswerSetRow extends AnswersAtLink {
  answers: Record<string, number | null>
  overall: number | null
  verified: number
}

/** Every answer of the campaign's units, grouped into identical answer sets per link. */
export async function loadAnswerSets(db: Kysely<DatabaseSchema>, campaignId: number, agencyIds: number[]): Promise<AnswerSetRow[]> {
  if (agencyIds.length === 0) return []
  const rows = await answersPerLink(db, campaignId, agencyIds)
    .select(['answers', 'overall', (eb) => eb.fn.count<string>('id').filterWhere('verified', '=', true).as('verified')])
    .groupBy(['answers', 'overall'])
    .execute()
  return rows.map((r) => ({ ...atLink(r), answers: r.answers, overall: r.overall, verified: Number(r.verified) }))
}
