// The large campaigns of the indices and export scenarios, written with SQL straight into
// the database (the server is stopped meanwhile on PGlite), with the rollups rebuilt.
import { performance } from 'node:perf_hooks'
import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { PublishedQuestionnaires } from '../../server/questionnaires/published-questionnaires'
import { type BenchCampaign, createBenchCampaign, generateResponses } from './generate-responses'

export interface BulkCampaign extends BenchCampaign {
  responses: number
  generateSeconds: number
  rebuildSeconds: number
}

const seconds = (start: number) => (performance.now() - start) / 1000

export async function createBulkCampaign(db: Kysely<DatabaseSchema>, units: number, responses: number, name: string): Promise<BulkCampaign> {
  const campaign = await createBenchCampaign(db, units, name)
  let start = performance.now()
  await generateResponses(db, campaign, responses)
  const generateSeconds = seconds(start)
  start = performance.now()
  const rebuilt = await rebuildRollups(db, new PublishedQuestionnaires(), campaign.campaignId)
  if (rebuilt.responses !== responses) throw new Error(`rebuildRollups read ${rebuilt.responses} responses, ${responses} were written`)
  const rebuildSeconds = seconds(start)
  // As after any bulk load: the planner gets statistics for the new rows, as autovacuum
  // would give them in production.
  await sql`vacuum analyze`.execute(db)
  return { ...campaign, responses, generateSeconds, rebuildSeconds }
}

/**
 * What the indices show, computed the plain way: satisfied (4–5) and valid answers per unit
 * and criterion, straight from the raw responses (flagged ones left out). Median of `runs`.
 */
export async function timeRawGroupBy(db: Kysely<DatabaseSchema>, campaignId: number, runs: number): Promise<{ ms: number; rows: number }> {
  const samples: number[] = []
  let rows = 0
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const result = await sql`
      select r.agency_id, a.key, count(*) filter (where a.value::int between 4 and 5) as satisfied, count(*) as valid
      from responses r cross join lateral jsonb_each_text(r.answers) a
      where r.campaign_id = ${campaignId} and not r.flagged and a.value is not null
      group by r.agency_id, a.key`.execute(db)
    samples.push(performance.now() - start)
    rows = result.rows.length
  }
  return { ms: median(samples), rows }
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)]!
}
