import type { ColumnType, Generated, Selectable } from 'kysely'
import type { ReviewDecision } from '../../../shared/integrity/review'
import type { ResponseChannel } from '../../../shared/responses/channels'

type Json<T> = ColumnType<T, string, string>

export interface Response {
  id: Generated<number>
  client_id: string
  campaign_id: number
  agency_id: number
  questionnaire_id: number
  link_id: number | null
  channel: ResponseChannel
  /** Submission time truncated to the hour (anonymity). */
  submitted_hour: Date
  /** criterion key → scale value, or null for "no answer" */
  answers: Json<Record<string, number | null>>
  overall: number | null
  gave_feedback: boolean | null
  expectations: ColumnType<string[], string[] | undefined, string[]>
  perceptions: ColumnType<Record<string, string>, string | undefined, string>
  demographics: ColumnType<Record<string, string>, string | undefined, string>
  service_field: string | null
  comment: string | null
  /** Personal data masked out of the comment before it was stored (phone numbers, ID numbers, e-mails, accounts). */
  comment_masks: Generated<number>
  flagged: Generated<boolean>
  flag_reason: string | null
  verified: Generated<boolean>
  /** Interviews and paper forms: who collected the answer (admins only) and their organisation. */
  surveyor_id: number | null
  /** A review decision on a flagged answer: 'include' counts it as unflagged, 'exclude' leaves it out of every figure. */
  review: ColumnType<ReviewDecision | null, ReviewDecision | null | undefined, ReviewDecision | null>
  review_reason: ColumnType<string | null, string | null | undefined, string | null>
  reviewed_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  reviewed_by: ColumnType<number | null, number | null | undefined, number | null>
  organisation_id: number | null
}
export type ResponseRow = Selectable<Response>
export const tableName = 'responses'
export type PartialDB = { [tableName]: Response }
