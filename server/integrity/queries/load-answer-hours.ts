import type { Kysely } from 'kysely'
import type { ResponseChannel } from '../../../shared/responses/channels'
import type { DatabaseSchema } from '../../db/schema'

/** The answers of one hour at one link (or channel without a link) of a unit, and those flagged as a burst. */
export interface AnswerHourRow {
  agencyId: number
  linkId: number | null
  channel: ResponseChannel
  hour: Date
  n: number
  burst: number
}

/** Every answer of the campaign's units, counted per link and hour. */
export async function loadAnswerHours(db: Kysely<DatabaseSchema>, campaignId: number, agencyIds: number[]): Promise<AnswerHourRow[]> {
  if (agencyIds.length === 0) return []
  const rows = await db
    .selectFrom('responses')
    .select([
      'agency_id',
      'link_id',
      'channel',
      'submitted_hour',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.count<string>('id').filterWhere('flag_reason', 'like', '%burst%').as('burst'),
    ])
    .where('campaign_id', '=', campaignId)
    .where('agency_id', 'in', agencyIds)
    .groupBy(['agency_id', 'link_id', 'channel', 'submitted_hour'])
    .execute()
  return rows.map((r) => ({
    agencyId: r.agency_id,
    linkId: r.link_id,
    channel: r.channel,
    hour: r.submitted_hour,
    n: Number(r.n),
    burst: Number(r.burst),
  }))
}
