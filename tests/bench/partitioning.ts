// Benchmark of the conversion of `responses` to its partitioned table (not a test: nothing here
// asserts a time), on the same data before and after:
//   DATABASE_URL=postgres://… node --import tsx tests/bench/partitioning.ts [responses]   (default 1,000,000)
//   node --import tsx tests/bench/partitioning.ts 100000                                   (PGlite in memory)
// In a throw-away database at the migration before the conversion: generates the responses with
// SQL (as the indices scenario does), rebuilds the rollups from them, times the conversion
// (the migration, in its transaction), rebuilds again, and checks both rebuilds sum the same.
import { performance } from 'node:perf_hooks'
import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { ensureBuiltinQuestionnaires } from '../../server/questionnaires/builtins'
import { PublishedQuestionnaires } from '../../server/questionnaires/published-questionnaires'
import { createTestDatabase } from '../helpers/databases'
import { createBenchCampaign, generateResponses } from './generate-responses'

const BEFORE_PARTITIONING = '20261203T1150-device-sessions'
const UNITS = 20

const seconds = (start: number) => (performance.now() - start) / 1000

async function timedRebuild(db: Kysely<DatabaseSchema>, campaignId: number, total: number): Promise<{ seconds: number; cells: string }> {
  await sql`analyze responses`.execute(db)
  const start = performance.now()
  const { responses } = await rebuildRollups(db, new PublishedQuestionnaires(), campaignId)
  const took = seconds(start)
  if (responses !== total) throw new Error(`the rebuild read ${responses} responses, ${total} were written`)
  const { rows } = await sql<{ cells: string }>`
    select md5(string_agg(c::text, ',' order by c::text)) as cells from rollup_cells c where campaign_id = ${campaignId}`.execute(db)
  return { seconds: took, cells: rows[0]!.cells }
}

const rebuildTimes = (runs: { seconds: number }[], total: number) =>
  runs.map((r) => `${r.seconds.toFixed(1)} s (${Math.round(total / r.seconds)} responses/s)`).join(', ')

export async function benchPartitioning(total: number): Promise<void> {
  const testDb = await createTestDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite', { migrate: false })
  try {
    const { database } = testDb
    const db = database.db
    await database.migrateTo(BEFORE_PARTITIONING)
    await ensureBuiltinQuestionnaires(db)
    const bench = await createBenchCampaign(db, UNITS, 'Bench partitioning')
    let start = performance.now()
    await generateResponses(db, bench, total)
    console.log(`${total} responses over ${UNITS} units generated in ${seconds(start).toFixed(1)} s (${database.kind})`)

    // Two rebuilds each side: the machine may be shared, and the spread shows how much.
    const before = [await timedRebuild(db, bench.campaignId, total), await timedRebuild(db, bench.campaignId, total)]
    console.log(`rebuild, one table:           ${rebuildTimes(before, total)}`)
    start = performance.now()
    await database.migrateToLatest()
    console.log(`conversion (the migration):   ${seconds(start).toFixed(1)} s`)
    const after = [await timedRebuild(db, bench.campaignId, total), await timedRebuild(db, bench.campaignId, total)]
    console.log(`rebuild, partitioned:         ${rebuildTimes(after, total)}`)
    const equal = [...before, ...after].every((r) => r.cells === before[0]!.cells)
    console.log(equal ? 'rollups: equal before and after' : 'ROLLUPS DIFFER before and after the conversion')
    if (!equal) process.exitCode = 1
  } finally {
    await testDb.cleanup()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchPartitioning(Number(process.argv[2] ?? 1_000_000))
}
