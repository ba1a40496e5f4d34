import type { Kysely } from 'kysely'
import type { ReviewDecision } from '../../../shared/integrity/review'
import type { ResponseChannel } from '../../../shared/responses/channels'
import type { DatabaseSchema } from '../../db/schema'

export interface FlaggedAnswerRow {
  id: number
  agency_id: number
  channel: ResponseChannel
  link_id: number | null
  link_label: string | null
  submitted_hour: Date
  flag_reason: string | null
  answers: Record<string, number | null>
  overall: number | null
  review: ReviewDecision | null
  review_reason: string | null
}

/** The flagged answers of a campaign's units, with their link's label. */
export async function loadFlaggedAnswers(db: Kysely<DatabaseSchema>, campaignId: number, agencyIds: number[]): Promise<FlaggedAnswerRow[]> {
  if (agencyIds.length === 0) return []
  return db
    .selectFrom('responses')
    .leftJoin('survey_links', 'survey_links.id', 'responses.link_id')
    .select([
      'responses.id',
      'responses.agency_id',
      'responses.channel',
      'responses.link_id',
      'survey_links.label as link_label',
      'responses.submitted_hour',
      'responses.flag_reason',
      'responses.answers',
      'responses.overall',
      'responses.review',
      'responses.review_reason',
    ])
    .where('responses.campaign_id', '=', campaignId)
    .where('responses.agency_id', 'in', agencyIds)
    .where('responses.flagged', '=', true)
    .execute()
}
