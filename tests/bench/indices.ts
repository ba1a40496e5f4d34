// Benchmark of the indices over a large campaign (not a test: nothing here asserts a time).
//   node --import tsx tests/bench/indices.ts [responses]        (PGlite in memory)
//   DATABASE_URL=postgres://… node --import tsx tests/bench/indices.ts 1000000
// Works in a throw-away database (in-memory PGlite, or a new database on the server of
// DATABASE_URL, dropped at the end). Generates the responses with SQL, builds the rollups
// with rebuildRollups (the same code as the insert path), then times the dashboard's
// queries and single inserts.
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { createTestDatabase } from '../helpers/databases'
import type { Database } from '../../server/db/database'
import { loadConfig } from '../../server/config'
import { silentLogger } from '../../server/log'
import { createAppContext, type AppContext } from '../../server/http/context'
import type { SessionUser } from '../../server/auth/session-user'
import { ensureBuiltinQuestionnaires } from '../../server/questionnaires/builtins'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { applyResponsesToRollups } from '../../server/indices/rollups/apply-responses-to-rollups'
import { campaignIndices } from '../../server/indices/campaign-indices'
import { campaignBreakdowns } from '../../server/indices/campaign-breakdowns'
import { campaignTimeline } from '../../server/indices/campaign-timeline'
import { sipas2017 } from '../../shared/questionnaires/templates'
import { indicesQuerySchema, breakdownQuerySchema, timelineQuerySchema } from '../../shared/indices/schemas'

const UNITS = 20
const CHUNK = 50_000

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
  const admin: SessionUser = { id: 0, email: 'bench@example.vn', name: 'bench', role: 'admin', agencyId: null }
  const questionnaire = await db.selectFrom('questionnaires').select('id').where('kind', '=', 'sipas2017').where('builtin', '=', true).executeTakeFirstOrThrow()
  const stamp = Date.now()
  const agencies = await db
    .insertInto('agencies')
    .values(Array.from({ length: UNITS }, (_, i) => ({ name: `Đơn vị ${i + 1}`, code: `BENCH-${stamp}-${i}`, kind: 'department', parent_id: null })))
    .returning('id')
    .execute()
  const campaign = await db
    .insertInto('campaigns')
    .values({ name: 'Bench', year: 2026, starts_on: '2026-01-01', ends_on: '2026-12-31', questionnaire_id: questionnaire.id, status: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('campaign_units').values(agencies.map((a) => ({ campaign_id: campaign.id, agency_id: a.id }))).execute()
  const keys = sipas2017.definition.elements.flatMap((e) => e.criteria.map((c) => c.key))
  const feedbackKeys = sipas2017.definition.elements.filter((e) => e.onlyIf === 'gaveFeedback').flatMap((e) => e.criteria.map((c) => c.key))
  const expectationKeys = sipas2017.definition.expectations?.options.map((o) => o.key) ?? []
  const agencyIds = agencies.map((a) => a.id)

  let start = performance.now()
  for (let offset = 0; offset < total; offset += CHUNK) {
    const n = Math.min(CHUNK, total - offset)
    await sql`
      insert into responses (client_id, campaign_id, agency_id, questionnaire_id, channel, submitted_hour, answers, overall,
        gave_feedback, expectations, demographics, flagged, verified)
      select gen_random_uuid(), ${campaign.id}, (${agencyIds}::int[])[1 + g % ${UNITS}], ${questionnaire.id},
        case when random() < 0.7 then 'kiosk' else 'qr' end,
        date_trunc('hour', timestamptz '2026-01-01 00:00+07' + random() * interval '330 days'),
        (select jsonb_object_agg(k, case when random() < 0.05 then null else 1 + floor(random() * 5)::int end)
           from unnest(${keys}::text[]) k where g > 0 and (g % 4 = 0 or not (k = any(${feedbackKeys}::text[])))),
        1 + floor(random() * 5)::int, g % 4 = 0,
        (select coalesce(array_agg(e), '{}') from unnest(${expectationKeys}::text[]) e where g > 0 and random() < 0.2),
        jsonb_build_object('gender', case when random() < 0.5 then 'male' else 'female' end,
                           'age_band', (array['age_18_24','age_25_34','age_35_49','age_50_60','age_over_60'])[1 + floor(random() * 5)::int]),
        random() < 0.03, random() < 0.2
      from generate_series(${offset + 1}::int, ${offset + n}::int) g`.execute(db)
  }
  console.log(`${total} responses generated in ${((performance.now() - start) / 1000).toFixed(1)} s (${database.kind})`)

  start = performance.now()
  await rebuildRollups(db, campaign.id)
  const seconds = (performance.now() - start) / 1000
  const rollupRows = await sql<{ t: string; n: number }>`
    select 'rollup_counts' as t, count(*)::int as n from rollup_counts union all
    select 'rollup_daily_counts', count(*)::int from rollup_daily_counts union all
    select 'rollup_moments', count(*)::int from rollup_moments union all
    select 'rollup_daily_moments', count(*)::int from rollup_daily_moments`.execute(db)
  console.log(`rollups rebuilt in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} responses/s): ${rollupRows.rows.map((r) => `${r.t} ${r.n}`).join(', ')}`)

  const q = (params: Record<string, string>) => indicesQuerySchema.parse(params)
  await time('indices, all units', 20, () => campaignIndices(ctx, admin, campaign.id, q({})))
  await time('indices, all units, flagged included, kiosk', 20, () => campaignIndices(ctx, admin, campaign.id, q({ includeFlagged: 'true', channel: 'kiosk' })))
  await time('indices, one unit', 20, () => campaignIndices(ctx, admin, campaign.id, q({ agencyId: String(agencyIds[0]) })))
  await time('indices, all units, one quarter (daily grain)', 20, () => campaignIndices(ctx, admin, campaign.id, q({ from: '2026-04-01', to: '2026-06-30' })))
  await time('breakdown by age_band', 20, () => campaignBreakdowns(ctx, admin, campaign.id, breakdownQuerySchema.parse({ by: 'age_band' })))
  await time('timeline by week', 20, () => campaignTimeline(ctx, admin, campaign.id, timelineQuerySchema.parse({ interval: 'week' })))

  const [first] = await db.selectFrom('responses').select(['answers', 'demographics', 'expectations']).where('campaign_id', '=', campaign.id).limit(1).execute()
  await time('one response stored with its rollups (1 transaction)', 100, () =>
    db.transaction().execute(async (trx) => {
      const rows = await trx
        .insertInto('responses')
        .values({
          client_id: randomUUID(),
          campaign_id: campaign.id,
          agency_id: agencyIds[0]!,
          questionnaire_id: questionnaire.id,
          link_id: null,
          channel: 'kiosk',
          submitted_hour: new Date(),
          answers: JSON.stringify(first!.answers),
          overall: 4,
          gave_feedback: false,
          expectations: first!.expectations,
          demographics: JSON.stringify(first!.demographics),
          service_field: null,
          comment: null,
          flag_reason: null,
        })
        .returningAll()
        .execute()
      await applyResponsesToRollups(trx, rows)
    }),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchIndices(Number(process.argv[2] ?? 1_000_000))
}
