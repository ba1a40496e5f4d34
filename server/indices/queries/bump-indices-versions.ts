import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** Bumps the indices version of campaigns whose rollups the transaction changes (the cached figures of the old version are then never read). */
export async function bumpIndicesVersions(trx: Kysely<DatabaseSchema>, campaignIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(campaignIds)]
  if (ids.length > 0) await sql`select bump_indices_versions(${ids}::int[])`.execute(trx)
}
