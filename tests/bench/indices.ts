// Benchmark of the indices over a large campaign (not a test: nothing here asserts a time).
//   node --import tsx tests/bench/indices.ts [responses]        (PGlite in memory)
//   DATABASE_URL=postgres://… node --import tsx tests/bench/indices.ts 1000000
// Works in a throw-away database (in-memory PGlite, or a new database on the server of
// DATABASE_URL, dropped at the end). Generates the responses with SQL, builds the rollups
// with rebuildRollups (the same fold as the background applier), then times the dashboard's
// queries.
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import type { SessionUser } from '../../server/auth/session-user'
import { loadConfig } from '../../server/config'
import type { Database } from '../../server/db/database'
import { type AppContext, createAppContext } from '../../server/http/context'
import { campaignBreakdowns } from '../../server/indices/campaign-breakdowns'
import { campaignIndices } from '../../server/indices/campaign-indices'
import { campaignTimeline } from '../../server/indices/campaign-timeline'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { silentLogger } from '../../server/log'
import { ensureBuiltinQuestionnaires } from '../../server/questionnaires/builtins'
import { breakdownQuerySchema, indicesQuerySchema, timelineQuerySchema } from '../../shared/indices/schemas'
import { createTestDatabase } from '../helpers/databases'
import { createBenchCampaign, generateResponses } from './generate-responses'

const UNITS = 20

async function time<T>(label: string, runs: number, fn: () => Promise<T>): Promise<void> {
  await fn() // warm-up
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]!
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]!
  console.log(`${label.padEnd(48)} median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`)
}

export async function benchIndices(total: number): Promise<void> {
  const testDb = await createTestDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite')
  try {
    await run(testDb.database, total)
  } finally {
    await testDb.cleanup()
  }
}

async function run(database: Database, total: number): Promise<void> {
  const db = database.db
  await ensureBuiltinQuestionnaires(db)
  const ctx: AppContext = createAppContext(loadConfig({}), database, silentLogger)
  const admin: SessionUser = { id: 0, email: 'bench@example.vn', name: 'bench', role: 'admin', agencyId: null, organisationId: null }
  const bench = await createBenchCampaign(db, UNITS, 'Bench')
  const { campaignId, agencyIds } = bench

  let start = performance.now()
  await generateResponses(db, bench, total)
  console.log(`${total} responses generated in ${((performance.now() - start) / 1000).toFixed(1)} s (${database.kind})`)

  start = performance.now()
  await rebuildRollups(db, ctx.questionnaires, campaignId)
  const seconds = (performance.now() - start) / 1000
  const rollupRows = await sql<{ t: string; n: number }>`
    select 'rollup_cells' as t, count(*)::int as n from rollup_cells union all
    select 'rollup_daily_cells', count(*)::int from rollup_daily_cells`.execute(db)
  console.log(
    `rollups rebuilt in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} responses/s): ${rollupRows.rows.map((r) => `${r.t} ${r.n}`).join(', ')}`,
  )

  const q = (params: Record<string, string>) => indicesQuerySchema.parse(params)
  await time('indices, all units', 20, () => campaignIndices(ctx, admin, campaignId, q({})))
  await time('indices, all units, flagged included, kiosk', 20, () => campaignIndices(ctx, admin, campaignId, q({ includeFlagged: 'true', channel: 'kiosk' })))
  await time('indices, one unit', 20, () => campaignIndices(ctx, admin, campaignId, q({ agencyId: String(agencyIds[0]) })))
  await time('indices, all units, one quarter (daily grain)', 20, () => campaignIndices(ctx, admin, campaignId, q({ from: '2026-04-01', to: '2026-06-30' })))
  await time('breakdown by age_band', 20, () => campaignBreakdowns(ctx, admin, campaignId, breakdownQuerySchema.parse({ by: 'age_band' })))
  await time('timeline by week', 20, () => campaignTimeline(ctx, admin, campaignId, timelineQuerySchema.parse({ interval: 'week' })))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchIndices(Number(process.argv[2] ?? 1_000_000))
}
