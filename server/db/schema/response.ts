import type { ColumnType, Generated, Selectable } from 'kysely'
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
  organisation_id: number | null
}
export type ResponseRow = Selectable<Response>
export const tableName = 'responses'
export type PartialDB = { [tableName]: Response }
