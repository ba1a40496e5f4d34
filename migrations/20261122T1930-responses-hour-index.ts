import { type Kysely, sql } from 'kysely'

// Rebuilding rollups reads a campaign's responses in time order (so each batch folds into
// few daily rollup rows), and the raw export filters by time: both walk this index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index responses_campaign_hour_idx on responses (campaign_id, submitted_hour, id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index responses_campaign_hour_idx`.execute(db)
}
