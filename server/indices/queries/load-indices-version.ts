import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/**
 * What a campaign's figures are computed from, as a short key: its indices version and how
 * many of its answers are still queued for the rollups. Within one version the queue of a
 * campaign only grows (taking answers off it bumps the version), so the pair changes with
 * every answer stored or folded and every edit the figures read.
 */
export async function loadIndicesVersion(db: Kysely<DatabaseSchema>, campaignId: number): Promise<string> {
  const { rows } = await sql<{ version: string; queued: string }>`
    select coalesce((select version from indices_versions where campaign_id = ${campaignId}), 0)::text as version,
      (select count(*) from rollup_pending p join responses r on r.id = p.response_id where r.campaign_id = ${campaignId})::text as queued`.execute(db)
  return `${rows[0]!.version}.${rows[0]!.queued}`
}
