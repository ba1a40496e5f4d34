import type { Kysely } from 'kysely'
import type { ResponseChannel } from '../../../shared/responses/channels'
import type { DatabaseSchema } from '../../db/schema'

/** A distinct answer set at one link (or channel without a link) of a unit, and how many answers gave it. */
export interface AnswerSetRow {
  agencyId: number
  linkId: number | null
  channel: ResponseChannel
  answers: Record<string, number | null>
  overall: number | null
  n: number
  verified: number
}

/** Every answer of the campaign's units, grouped into identical answer sets per link. */
export async function loadAnswerSets(db: Kysely<DatabaseSchema>, campaignId: number, agencyIds: number[]): Promise<AnswerSetRow[]> {
  if (agencyIds.length === 0) return []
  const rows = await db
    .selectFrom('responses')
    .select([
      'agency_id',
      'link_id',
      'channel',
      'answers',
      'overall',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.count<string>('id').filterWhere('verified', '=', true).as('verified'),
    ])
    .where('campaign_id', '=', campaignId)
    .where('agency_id', 'in', agencyIds)
    .groupBy(['agency_id', 'link_id', 'channel', 'answers', 'overall'])
    .execute()
  return rows.map((r) => ({
    agencyId: r.agency_id,
    linkId: r.link_id,
    channel: r.channel,
    answers: r.answers,
    overall: r.overall,
    n: Number(r.n),
    verified: Number(r.verified),
  }))
}
