import type { ColumnType, Generated } from 'kysely'
import type { PaperAnswers } from '../../../shared/paper/fields'

/** A printed paper form: its serial, the batch it was printed in, and the response it became once counted. */
export interface PaperForm {
  id: Generated<number>
  /** 8 Crockford base32 characters, stored plain (see docs/paper.md). */
  serial: string
  batch: string
  campaign_id: number
  agency_id: number
  created_by: number
  created_at: Generated<Date>
  response_id: ColumnType<number | null, number | null | undefined, number | null>
  /** The third person who resolved a mismatch against the paper. */
  resolved_by: ColumnType<number | null, number | null | undefined, number | null>
}

/** One account's typing of a form: the first (round 1) and the second (round 2). */
export interface PaperEntry {
  form_id: number
  round: 1 | 2
  entered_by: number
  /** The answers as checked against the questionnaire (the response writer's ValidatedAnswers). */
  content: ColumnType<Required<PaperAnswers>, string, string>
  created_at: Generated<Date>
}

export type PartialDB = { paper_forms: PaperForm; paper_entries: PaperEntry }
