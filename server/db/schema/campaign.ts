import type { ColumnType, Generated, Selectable } from 'kysely'
import type { CaseRule } from '../../../shared/cases/schemas'

export type CampaignStatus = 'draft' | 'open' | 'closed'

export interface Campaign {
  id: Generated<number>
  name: string
  year: number
  /** `YYYY-MM-DD` */
  starts_on: string
  /** `YYYY-MM-DD` */
  ends_on: string
  questionnaire_id: number
  status: Generated<CampaignStatus>
  plan_id: ColumnType<number | null, number | null | undefined, number | null>
  /** Margin of error e in the sample size n = ⌈N / (1 + N·e²)⌉. */
  sample_margin: Generated<number>
  /** Target for units without transactions N. */
  default_target: ColumnType<number | null, number | null | undefined, number | null>
  /** Which answers with a comment open a feedback case (see shared/cases/schemas). */
  case_rule: Generated<CaseRule>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type CampaignRow = Selectable<Campaign>
export const tableName = 'campaigns'
export type PartialDB = { [tableName]: Campaign }
