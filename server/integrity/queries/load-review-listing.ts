import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { LISTING_LIFETIME_MS } from './save-review-listing'

/** The answers at the places of a campaign's listing still within its lifetime; undefined when unknown or expired. */
export async function loadReviewListing(db: Kysely<DatabaseSchema>, id: string, campaignId: number): Promise<number[] | undefined> {
  const row = await db
    .selectFrom('flag_review_listings')
    .select('response_ids')
    .where('id', '=', id)
    .where('campaign_id', '=', campaignId)
    .where('created_at', '>=', new Date(Date.now() - LISTING_LIFETIME_MS))
    .executeTakeFirst()
  return row?.response_ids.map(Number)
}
