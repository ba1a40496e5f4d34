import type { Kysely } from 'kysely'
import type { Publication } from '../../shared/publication/schemas'
import type { DatabaseSchema } from '../db/schema'

/** A campaign's publication state (never published: not published, version 0). */
export async function loadPublication(db: Kysely<DatabaseSchema>, campaignId: number): Promise<Publication> {
  const row = await db.selectFrom('result_publications').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst()
  return {
    campaignId,
    published: row?.published_at != null,
    publishedAt: row?.published_at ? new Date(row.published_at).toISOString() : null,
    version: row?.version ?? 0,
  }
}
