import type { Kysely } from 'kysely'
import type { ResponseChannel } from '../../../shared/responses/channels'
import type { DatabaseSchema } from '../../db/schema'

/** Answers counted at one link (or channel without a link) of a unit. */
export interface AnswersAtLink {
  agencyId: number
  linkId: number | null
  channel: ResponseChannel
  n: number
}

/**
 * The answers of the campaign's units counted per link, as the integrity queries start from it:
 * each adds what it also groups by. `agencyIds` must not be empty.
 */
export function answersPerLink(db: Kysely<DatabaseSchema>, campaignId: number, agencyIds: number[]) {
  return db
    .selectFrom('responses')
    .select(['agency_id', 'link_id', 'channel', (eb) => eb.fn.countAll<string>().as('n')])
    .where('campaign_id', '=', campaignId)
    .where('agency_id', 'in', agencyIds)
    .groupBy(['agency_id', 'link_id', 'channel'])
}

export function atLink(row: { agency_id: number; link_id: number | null; channel: ResponseChannel; n: string }): AnswersAtLink {
  return { agencyId: row.agency_id, linkId: row.link_id, channel: row.channel, n: Number(row.n) }
}
