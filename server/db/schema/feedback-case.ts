import type { ColumnType, Generated, Selectable } from 'kysely'
import type { CaseStatus } from '../../../shared/cases/schemas'

export interface FeedbackCase {
  id: Generated<number>
  response_id: number
  campaign_id: number
  agency_id: number
  /** The follow-up code shown to the citizen (Crockford base32); says nothing about them. */
  code: string
  /** The citizen ticked "I would like an answer". */
  requested: boolean
  /** The answer met the campaign's dissatisfaction rule. */
  dissatisfied: boolean
  status: Generated<CaseStatus>
  public_reply: string | null
  internal_note: string | null
  /** The hour the answer was received (no finer, like the answer's own time). */
  opened_at: Date
  /** `YYYY-MM-DD`, Viet Nam date: the last working day to answer. */
  due_on: ColumnType<string, string, string>
  answered_at: Date | null
  updated_at: Generated<Date>
}
export type FeedbackCaseRow = Selectable<FeedbackCase>
export const tableName = 'feedback_cases'
export type PartialDB = { [tableName]: FeedbackCase }
