import type { ColumnType, Generated } from 'kysely'

/** A listing of flagged answers shown for review: its items are the answers at these places. */
export interface FlagReviewListing {
  id: string
  campaign_id: number
  response_ids: ColumnType<number[], number[], number[]>
  created_at: Generated<Date>
}
export const tableName = 'flag_review_listings'
export type PartialDB = { [tableName]: FlagReviewListing }
