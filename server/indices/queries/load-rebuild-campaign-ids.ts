import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** The campaigns whose rollups are to be rebuilt: those queued in `rollup_rebuilds` (by a migration), or every campaign. */
export async function loadRebuildCampaignIds(db: Kysely<DatabaseSchema>, which: 'queued' | 'all'): Promise<number[]> {
  if (which === 'queued') return (await db.selectFrom('rollup_rebuilds').select('campaign_id').orderBy('campaign_id').execute()).map((r) => r.campaign_id)
  return (await db.selectFrom('campaigns').select('id').orderBy('id').execute()).map((c) => c.id)
}
