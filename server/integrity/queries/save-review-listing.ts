import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** How long a listing's item numbers stay valid for decisions. */
export const LISTING_LIFETIME_MS = 24 * 3600 * 1000

/** Stores a listing (the answers at its places) and drops the listings past their lifetime. */
export async function saveReviewListing(db: Kysely<DatabaseSchema>, id: string, campaignId: number, responseIds: number[]): Promise<void> {
  await db
    .deleteFrom('flag_review_listings')
    .where('created_at', '<', new Date(Date.now() - LISTING_LIFETIME_MS))
    .execute()
  await db.insertInto('flag_review_listings').values({ id, campaign_id: campaignId, response_ids: responseIds }).execute()
}
