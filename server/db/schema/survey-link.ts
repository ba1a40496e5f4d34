import type { Generated, Selectable } from 'kysely'

export type Channel = 'kiosk' | 'qr'

export interface SurveyLink {
  id: Generated<number>
  code: string
  campaign_id: number
  agency_id: number
  channel: Channel
  label: string
  min_interval_seconds: Generated<number>
  last_answered_at: Date | null
  revoked_at: Date | null
  created_at: Generated<Date>
  /** The languages offered, the first shown first. */
  languages: Generated<string[]>
  /** Each question is read aloud when it comes on screen. */
  read_aloud: Generated<boolean>
}
export type SurveyLinkRow = Selectable<SurveyLink>
export const tableName = 'survey_links'
export type PartialDB = { [tableName]: SurveyLink }
