// `npm run bench`: the real server (a separate process) on PostgreSQL and on PGlite, loaded
// over HTTP from this process; prints one table. Not a test: nothing here asserts a time,
// but every scenario checks in the database that no response was lost or stored twice.
//   npm run bench                      the issue's sizes (about 25 minutes on 2 cores)
//   BENCH_QUICK=1 npm run bench        a quick run (about 3 minutes)
//   BENCH_ENGINES=postgres npm run bench, BENCH_KIOSKS=100 …  (see sizes.ts)
//   BENCH_ONLY=first-start npm run bench   only the first start's memory (about a minute)
//   BENCH_ONLY=ingest npm run bench    only the ingest: healthz, the latency by rate, saturation
//   BENCH_PROFILE=dir npm run bench    a CPU profile and a GC trace of each server process in dir
// PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test if it answers; a
// new database is created for the run and dropped after. PGlite: a temp data directory.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { type Kysely, sql } from 'kysely'
import type { DatabaseKind } from '../../server/db/database'
import type { DatabaseSchema } from '../../server/db/schema'
import { type ApiSession, loginAs } from '../helpers/survey-links'
import { createHttpCampaign, createLinks } from './bench-campaign-api'
import { ADMIN_EMAIL, ADMIN_PASSWORD, createBenchTarget, findPostgres, postgresVersion } from './bench-target'
import { createBulkCampaign, timeRawGroupBy } from './bulk'
import { type FirstStart, measureFirstStart, measureOneProcessStart, type OneProcessStart } from './first-start'
import { type IndicesCalls, timeIndicesCalls } from './indices-calls'
import { type IngestResult, type LoadResult, loadHealthz, loadIngest } from './ingest'
import { peakRssDuring, rssMb } from './memory'
import { type PublicReadersResult, publicReaders } from './public-readers'
import { type BenchSizes, benchSizes, sizeVariables } from './sizes'
import { type BurstResult, syncBurst } from './sync-burst'

interface EngineResult {
  kind: DatabaseKind
  firstStart: FirstStart
  sizes: BenchSizes
  rssRestMb: number
  rssLoadMb: number
  healthz: LoadResult
  warmUp: IngestResult
  low: IngestResult
  mid: IngestResult
  light: IngestResult
  steady: IngestResult
  saturation: IngestResult
  ingestCheck: string
  burst: BurstResult
  burstCheck: string
  publicPage: PublicReadersResult
  indices: { responses: number; units: number; generateSeconds: number; rebuildSeconds: number; calls: IndicesCalls; groupByMs: number; check: string }
  exportResult: { units: number; seconds: number; bytes: number; peakMb: number; restMb: number }
  rssRestLargeMb: number
}

// The first seconds of a fresh server (compiling, filling the pool and the caches) are
// not the steady rate it sustains.
const WARMUP_SECONDS = 5

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function benchEngine(kind: DatabaseKind, postgresUrl: string | undefined): Promise<EngineResult> {
  const sizes = benchSizes(kind, process.env)
  log(`${kind}: first start on a new client folder and a new database`)
  const firstStart = await measureFirstStart(kind, postgresUrl)
  const target = await createBenchTarget(kind, postgresUrl)
  try {
    // Phase 1, over HTTP: ingest and the kiosk sync burst.
    let server = await target.startServer()
    let pid = server.child.pid!
    let session = await loginAs(server.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD)
    log(`${kind}: setting up ${sizes.httpUnits} units, ${sizes.httpUnits} QR links and ${sizes.kiosks} kiosk links through the API`)
    const campaign = await createHttpCampaign(session, sizes.httpUnits, 'Bench HTTP')
    const qrCodes = await createLinks(session, campaign, 'qr', sizes.httpUnits)
    const kioskCodes = await createLinks(session, campaign, 'kiosk', sizes.kiosks)
    await pause(2000)
    const rssRestMb = rssMb(pid)

    const ingest = { baseUrl: server.baseUrl, codes: qrCodes, questionnaire: campaign.questionnaire, connections: sizes.connections }
    const { healthz, warmUp, low, mid, light, steady, saturation } = await ingestRuns(kind, sizes, ingest, pid)
    log(`${kind}: sync burst, ${sizes.kiosks} kiosks × ${sizes.kioskQueue} queued answers`)
    const burst = await peakRssDuring(pid, () =>
      syncBurst({
        baseUrl: server.baseUrl,
        kioskCodes,
        queueLength: sizes.kioskQueue,
        duplicateShare: sizes.duplicateShare,
        questionnaire: campaign.questionnaire,
        seed: 3,
        timeoutSeconds: sizes.burstTimeoutSeconds,
      }),
    )
    log(`${kind}: ingest at ${sizes.lowRate}/s for ${sizes.publicSeconds} s alone, then beside ${sizes.publicReaders} readers of the public results page`)
    const publicPage = await publicReaders({
      baseUrl: server.baseUrl,
      session,
      ingest,
      rate: sizes.lowRate,
      seconds: sizes.publicSeconds,
      readers: sizes.publicReaders,
    })
    await stopServer(server, `${kind}-http`)

    // Phase 2, straight into the database (the server is stopped: PGlite has one owner).
    const database = await target.openDatabase()
    let ingestCheck: string
    let burstCheck: string
    let indicesCampaign: Awaited<ReturnType<typeof createBulkCampaign>>
    let exportCampaign: Awaited<ReturnType<typeof createBulkCampaign>>
    let groupBy: { ms: number }
    try {
      ingestCheck = await checkIngest(database.db, qrCodes, [warmUp, low, mid, light, steady, saturation.result, publicPage.alone, publicPage.beside])
      burstCheck = await checkBurst(database.db, kioskCodes, burst.result)
      log(`${kind}: generating ${sizes.indicesResponses} responses over ${sizes.indicesUnits} units with SQL and rebuilding the rollups`)
      indicesCampaign = await createBulkCampaign(database.db, sizes.indicesUnits, sizes.indicesResponses, 'Bench indices')
      log(
        `${kind}: generated in ${indicesCampaign.generateSeconds.toFixed(0)} s, rollups rebuilt in ${indicesCampaign.rebuildSeconds.toFixed(0)} s; plain GROUP BY`,
      )
      groupBy = await timeRawGroupBy(database.db, indicesCampaign.campaignId, sizes.groupByRuns)
      log(`${kind}: ${sizes.exportResponses} responses over ${sizes.exportUnits} units for the export`)
      exportCampaign = await createBulkCampaign(database.db, sizes.exportUnits, sizes.exportResponses, 'Bench export')
    } finally {
      await database.close()
    }

    // Phase 3, over HTTP again: the dashboard's indices and the XLSX export.
    server = await target.startServer()
    pid = server.child.pid!
    session = await loginAs(server.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD)
    await pause(2000)
    const rssRestLargeMb = rssMb(pid)
    log(
      `${kind}: GET /campaigns/:id/indices: repeated, conditional and after a change × ${sizes.indicesRuns}, then during ${sizes.indicesIngestSeconds} s of ingest at ${sizes.lowRate}/s`,
    )
    const indices = await timeIndicesCalls({
      baseUrl: server.baseUrl,
      session,
      campaign: { campaignId: indicesCampaign.campaignId, questionnaire: campaign.questionnaire, agencyIds: indicesCampaign.agencyIds },
      name: 'Bench indices',
      runs: sizes.indicesRuns,
      ingest: { rate: sizes.lowRate, seconds: sizes.indicesIngestSeconds, connections: sizes.connections },
    })
    const indicesCheck = checkIndices(indicesCampaign.responses, indices)
    log(`${kind}: export.xlsx of ${sizes.exportUnits} units`)
    const restMb = rssMb(pid)
    const exported = await peakRssDuring(pid, () => timeExport(server.baseUrl, session, exportCampaign.campaignId))
    await stopServer(server, `${kind}-indices`)
    return {
      kind,
      firstStart,
      sizes,
      rssRestMb,
      rssLoadMb: Math.max(saturation.peakMb, burst.peakMb),
      healthz,
      warmUp,
      low,
      mid,
      light,
      steady,
      saturation: saturation.result,
      ingestCheck,
      burst: burst.result,
      burstCheck,
      publicPage,
      indices: {
        responses: indicesCampaign.responses,
        units: sizes.indicesUnits,
        generateSeconds: indicesCampaign.generateSeconds,
        rebuildSeconds: indicesCampaign.rebuildSeconds,
        calls: indices,
        groupByMs: groupBy.ms,
        check: indicesCheck,
      },
      exportResult: { units: sizes.exportUnits, seconds: exported.result.seconds, bytes: exported.result.bytes, peakMb: exported.peakMb, restMb },
      rssRestLargeMb,
    }
  } finally {
    await target.cleanup()
  }
}

/** Where the ingest runs send their answers. */
type IngestTarget = Omit<Parameters<typeof loadIngest>[0], 'seconds' | 'seed' | 'rate'>

type IngestRuns = Pick<EngineResult, 'healthz' | 'warmUp' | 'low' | 'mid' | 'light' | 'steady'> & { saturation: { result: IngestResult; peakMb: number } }

/** /healthz, then ingest over the QR links: warm-up, the steady rates from the lowest to the target, saturation. */
async function ingestRuns(kind: DatabaseKind, sizes: BenchSizes, ingest: IngestTarget, pid: number): Promise<IngestRuns> {
  log(`${kind}: GET /healthz for ${sizes.healthzSeconds} s`)
  const healthz = await loadHealthz({ baseUrl: ingest.baseUrl, connections: ingest.connections, seconds: sizes.healthzSeconds })
  const ladder = [sizes.lowRate, sizes.midRate, sizes.lightRate, sizes.steadyRate]
  log(
    `${kind}: ingest at ${sizes.steadyRate}/s for ${WARMUP_SECONDS} s (warm-up, not reported), then at ${ladder.join(', ')}/s for ${sizes.steadySeconds} s each`,
  )
  const warmUp = await loadIngest({ ...ingest, seconds: WARMUP_SECONDS, rate: sizes.steadyRate, seed: 4 })
  const low = await loadIngest({ ...ingest, seconds: sizes.steadySeconds, rate: sizes.lowRate, seed: 6 })
  const mid = await loadIngest({ ...ingest, seconds: sizes.steadySeconds, rate: sizes.midRate, seed: 7 })
  const light = await loadIngest({ ...ingest, seconds: sizes.steadySeconds, rate: sizes.lightRate, seed: 5 })
  const steady = await loadIngest({ ...ingest, seconds: sizes.steadySeconds, rate: sizes.steadyRate, seed: 1 })
  log(`${kind}: ingest at saturation for ${sizes.saturationSeconds} s`)
  const saturation = await peakRssDuring(pid, () => loadIngest({ ...ingest, seconds: sizes.saturationSeconds, seed: 2 }))
  return { healthz, warmUp, low, mid, light, steady, saturation }
}

/** BENCH_ONLY=ingest: the ingest runs alone on a new database, their exactly-once check, the latency by rate. */
async function benchIngestOnly(kind: DatabaseKind, postgresUrl: string | undefined): Promise<string> {
  const sizes = benchSizes(kind, process.env)
  const target = await createBenchTarget(kind, postgresUrl)
  try {
    const server = await target.startServer()
    const session = await loginAs(server.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD)
    log(`${kind}: setting up ${sizes.httpUnits} units and ${sizes.httpUnits} QR links through the API`)
    const campaign = await createHttpCampaign(session, sizes.httpUnits, 'Bench HTTP')
    const qrCodes = await createLinks(session, campaign, 'qr', sizes.httpUnits)
    await pause(2000)
    const ingest = { baseUrl: server.baseUrl, codes: qrCodes, questionnaire: campaign.questionnaire, connections: sizes.connections }
    const runs = await ingestRuns(kind, sizes, ingest, server.child.pid!)
    await stopServer(server, `${kind}-ingest`)
    const database = await target.openDatabase()
    let check: string
    try {
      check = await checkIngest(database.db, qrCodes, [runs.warmUp, runs.low, runs.mid, runs.light, runs.steady, runs.saturation.result])
    } finally {
      await database.close()
    }
    const { healthz, saturation } = runs
    return [
      `${ENGINE_NAMES[kind]}: /healthz ${fixed(healthz.perSecond)}/s; ingest saturation ${fixed(saturation.result.perSecond)}/s, p50 ${ms(saturation.result.p50)}, p99 ${ms(saturation.result.p99)} (${fixed((100 * saturation.result.perSecond) / healthz.perSecond)} % of /healthz); RSS peak ${mb(saturation.peakMb)}; ${check}`,
      '',
      latencyByRate([{ kind, sizes, ...runs }]),
    ].join('\n')
  } finally {
    await target.cleanup()
  }
}

/** Stops the server; with BENCH_PROFILE, keeps what it printed (its GC trace) beside its CPU profile as `<name>.log`. */
async function stopServer(server: { stop(): Promise<number | null>; output(): string }, name: string): Promise<void> {
  const code = await server.stop()
  if (process.env.BENCH_PROFILE) fs.writeFileSync(path.join(process.env.BENCH_PROFILE, `${name}.log`), server.output())
  if (code !== 0) throw new Error(`the server stopped with exit code ${code}:\n${server.output()}`)
}

/** How many of `ids` are stored (in chunks: PGlite and pg take one array parameter each). */
async function countStored(db: Kysely<DatabaseSchema>, ids: string[]): Promise<number> {
  let stored = 0
  for (let i = 0; i < ids.length; i += 10_000) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from responses where client_id = any(${ids.slice(i, i + 10_000)}::uuid[])`.execute(db)
    stored += rows[0]!.n
  }
  return stored
}

async function storedOnLinks(db: Kysely<DatabaseSchema>, codes: string[]): Promise<{ rows: number; distinct: number }> {
  const { rows } = await sql<{ rows: number; distinct: number }>`
    select count(*)::int as rows, count(distinct r.client_id)::int as distinct
    from responses r join survey_links l on l.id = r.link_id where l.code = any(${codes}::text[])`.execute(db)
  return rows[0]!
}

/**
 * Every 201 is stored, nothing twice. A request still in flight when a timed run stops has
 * no answer; it may or may not have been stored, and is counted apart.
 */
async function checkIngest(db: Kysely<DatabaseSchema>, codes: string[], runs: IngestResult[]): Promise<string> {
  const acknowledged = runs.flatMap((r) => r.acknowledged)
  const stored = await countStored(db, acknowledged)
  const onLinks = await storedOnLinks(db, codes)
  const rejected = runs.reduce((n, r) => n + Object.entries(r.statuses).reduce((m, [s, k]) => m + (s === '201' || s === '0' ? 0 : k), 0), 0)
  const lost = acknowledged.length - stored
  const duplicated = onLinks.rows - onLinks.distinct
  const unanswered = onLinks.rows - stored
  const ok = lost === 0 && duplicated === 0 && rejected === 0
  return `${ok ? 'OK' : 'FAILED'}: ${acknowledged.length} acknowledged, ${lost} lost, ${duplicated} duplicated, ${rejected} rejected; ${unanswered} cut off in flight at the end of a timed run and stored`
}

/** Every queued answer stored exactly once; replays answered 200; nothing else. */
async function checkBurst(db: Kysely<DatabaseSchema>, codes: string[], burst: BurstResult): Promise<string> {
  const stored = await countStored(db, burst.clientIds)
  const onLinks = await storedOnLinks(db, codes)
  const other = Object.entries(burst.statuses).filter(([s]) => s !== '200' && s !== '201')
  const ok = stored === burst.clientIds.length && onLinks.rows === burst.clientIds.length && onLinks.distinct === onLinks.rows && other.length === 0
  const otherText = other.length ? `, other answers ${other.map(([s, n]) => `${s}×${n}`).join(' ')}` : ''
  return `${ok ? 'OK' : 'FAILED'}: ${burst.clientIds.length} queued, ${stored} stored once, ${onLinks.rows - onLinks.distinct} twice, ${burst.duplicatesSent} resent (answered 200: ${burst.statuses[200] ?? 0})${otherText}`
}

/**
 * The indices count every stored response once: the bulk campaign's before the ingest, and
 * after it each acknowledged answer too (plus any cut off in flight at the end and stored).
 */
function checkIndices(stored: number, calls: IndicesCalls): string {
  const acknowledged = calls.duringIngest.ingest.acknowledged.length
  const cutOff = calls.duringIngest.ingest.statuses[0] ?? 0
  const added = calls.respondentsAfter - calls.respondents
  const ok = calls.respondents === stored && added >= acknowledged && added <= acknowledged + cutOff
  return `${ok ? '' : 'MISMATCH: '}${calls.respondents} respondents in the indices, ${stored} stored; after the ingest ${added} more, ${acknowledged} acknowledged${cutOff ? ` and ${cutOff} cut off in flight` : ''}`
}

async function timeExport(baseUrl: string, session: ApiSession, campaignId: number): Promise<{ seconds: number; bytes: number }> {
  const start = performance.now()
  const response = await fetch(`${baseUrl}/api/v1/campaigns/${campaignId}/export.xlsx`, { headers: { Cookie: session.cookie } })
  const body = new Uint8Array(await response.arrayBuffer())
  const seconds = (performance.now() - start) / 1000
  if (response.status !== 200 || body[0] !== 0x50 || body[1] !== 0x4b) throw new Error(`export.xlsx: HTTP ${response.status}, not a zip`)
  return { seconds, bytes: body.length }
}

const fixed = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const ms = (value: number) => `${fixed(value, value < 10 ? 1 : 0)} ms`
const mb = (value: number) => `${fixed(value)} MB`
const statusText = (statuses: Record<number, number>) =>
  Object.entries(statuses)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s === '0' ? 'no answer' : s}×${fixed(n)}`)
    .join(' ')

const callText = (calls: { p50: number; p95: number; calls: number }) => `p50 ${ms(calls.p50)}, p95 ${ms(calls.p95)} over ${fixed(calls.calls)} calls`
const steadyText = (run: IngestResult, rate: number) => `${fixed(run.perSecond)}/s (asked ${fixed(rate)}/s), p50 ${ms(run.p50)}, p99 ${ms(run.p99)}`

const FIRST_START_ROWS: [string, (r: FirstStart) => string, string][] = [
  [
    '**0. first start** — peak RSS of the process tree (client build, new database, server)',
    (r) => `${mb(r.peakTreeMb)} (answering after ${fixed(r.seconds, 1)} s)`,
    '< 500 MB',
  ],
  ['server RSS at rest after the first start; after a second start', (r) => `${mb(r.restAfterFirstMb)}; ${mb(r.restAfterSecondMb)}`, 'PGlite: < 200 MB'],
]

/** The steady runs of one engine, from the lowest rate to the target. */
type Ladder = Pick<EngineResult, 'kind' | 'sizes' | 'low' | 'mid' | 'light' | 'steady'>

/** Latency by asked rate, one table per engine: where the curve bends. */
function latencyByRate(results: Ladder[]): string {
  return results
    .map((r) => {
      const runs: [number, IngestResult][] = [
        [r.sizes.lowRate, r.low],
        [r.sizes.midRate, r.mid],
        [r.sizes.lightRate, r.light],
        [r.sizes.steadyRate, r.steady],
      ]
      return [
        `${ENGINE_NAMES[r.kind]}: ingest latency by rate (open loop, ${r.sizes.steadySeconds} s each)`,
        '',
        '| asked | answered | p50 | p99 |',
        '|---|---|---|---|',
        ...runs.map(([rate, run]) => `| ${fixed(rate)}/s | ${fixed(run.perSecond)}/s | ${ms(run.p50)} | ${ms(run.p99)} |`),
      ].join('\n')
    })
    .join('\n\n')
}

const oneProcessText = (before: OneProcessStart) =>
  `Reference, same run: PGlite's initdb and the client build inside the server's process, as before: peak ${mb(before.peakMb)}, ${mb(before.restMb)} kept after.`

/** The results as a Markdown table: one row per figure, one column per engine. */
function table(results: EngineResult[]): string {
  const rows: [string, (r: EngineResult) => string, string][] = [
    ['**1. ingest** — GET /healthz (trivial, same run)', (r) => `${fixed(r.healthz.perSecond)}/s, p50 ${ms(r.healthz.p50)}, p99 ${ms(r.healthz.p99)}`, ''],
    ['ingest, steady rate below the target (open loop)', (r) => steadyText(r.light, r.sizes.lightRate), ''],
    ['ingest, steady target rate (open loop)', (r) => steadyText(r.steady, r.sizes.steadyRate), 'PostgreSQL: p99 < 50 ms'],
    [
      'ingest, saturation',
      (r) => `${fixed(r.saturation.perSecond)}/s, p50 ${ms(r.saturation.p50)}, p99 ${ms(r.saturation.p99)} (${r.sizes.connections} connections)`,
      'PostgreSQL: ≥ 2,000/s',
    ],
    ['ingest ÷ healthz throughput', (r) => `${fixed((100 * r.saturation.perSecond) / r.healthz.perSecond)} %`, ''],
    [
      'ingest statuses',
      (r) =>
        `warm-up ${statusText(r.warmUp.statuses)}; ${r.sizes.lowRate}/s ${statusText(r.low.statuses)}; ${r.sizes.midRate}/s ${statusText(r.mid.statuses)}; below ${statusText(r.light.statuses)}; steady ${statusText(r.steady.statuses)}; saturation ${statusText(r.saturation.statuses)}`,
      'all 201',
    ],
    ['ingest: lost / duplicated', (r) => r.ingestCheck, '0 / 0'],
    [
      '**2. sync burst** — time to drain',
      (r) =>
        `${fixed(r.burst.seconds, 1)} s for ${fixed(r.sizes.kiosks)} kiosks × ${r.sizes.kioskQueue} (${fixed(r.burst.clientIds.length / r.burst.seconds)}/s, ${fixed(r.burst.requests)} requests, ${r.burst.retries} retries)`,
      'drained',
    ],
    ['sync burst: exactly once', (r) => r.burstCheck, 'zero loss'],
    ['**2b. public results page** — ingest alone (open loop)', (r) => steadyText(r.publicPage.alone, r.sizes.lowRate), ''],
    [
      'ingest beside the page’s readers',
      (r) => `${steadyText(r.publicPage.beside, r.sizes.lowRate)}; statuses ${statusText(r.publicPage.beside.statuses)}`,
      'p99 close to alone',
    ],
    [
      'GET /ket-qua/:id, readers',
      (r) =>
        `${fixed(r.sizes.publicReaders)} connections: ${fixed(r.publicPage.readers.perSecond)}/s, p50 ${ms(r.publicPage.readers.p50)}, p99 ${ms(r.publicPage.readers.p99)}; ${statusText(r.publicPage.readers.statuses)}; ${fixed(r.publicPage.pageBytes / 1024, 1)} KB gzipped`,
      '',
    ],
    [
      '**3. indices** — data set',
      (r) => `${fixed(r.indices.responses)} responses over ${r.indices.units} units (SQL-generated in ${fixed(r.indices.generateSeconds)} s)`,
      '1,000,000',
    ],
    ['GET /campaigns/:id/indices, first call after a change (computed from the rollups)', (r) => callText(r.indices.calls.changed), '< 30 ms'],
    ['the same call repeated, nothing changed (server cache)', (r) => callText(r.indices.calls.repeated), ''],
    ['the same call with If-None-Match (304, no body)', (r) => callText(r.indices.calls.conditional), ''],
    [
      'the call while answers arrive in the same campaign',
      (r) => {
        const during = r.indices.calls.duringIngest
        return `${callText(during)}, ${fixed(during.computed)} of them computed; ingest ${steadyText(during.ingest, during.rate)}`
      },
      '< 30 ms',
    ],
    [
      'plain SQL GROUP BY over the raw responses',
      (r) => `${ms(r.indices.groupByMs)} (${fixed(r.indices.groupByMs / r.indices.calls.changed.p50, 1)}× the computed indices call)`,
      '',
    ],
    [
      'rebuild the rollups from scratch',
      (r) => `${fixed(r.indices.rebuildSeconds, 1)} s (${fixed(r.indices.responses / r.indices.rebuildSeconds)} responses/s)`,
      '',
    ],
    ['indices: counts', (r) => r.indices.check, 'equal'],
    [
      '**4. export** — XLSX',
      (r) =>
        `${r.exportResult.units} units: ${fixed(r.exportResult.seconds, 2)} s, ${fixed(r.exportResult.bytes / 1024)} KB; server peak ${mb(r.exportResult.peakMb)} (from ${mb(r.exportResult.restMb)})`,
      '',
    ],
    ['**5. memory** — server RSS at rest', (r) => `${mb(r.rssRestMb)} (after start-up); ${mb(r.rssRestLargeMb)} with the large campaigns stored`, ''],
    ['server RSS under load (peak)', (r) => mb(r.rssLoadMb), 'PostgreSQL: < 300 MB'],
  ]
  const firstStartRows = FIRST_START_ROWS.map(([label, cell, goal]): (typeof rows)[number] => [label, (r) => cell(r.firstStart), goal])
  return markdownTable(results, [...firstStartRows, ...rows])
}

const ENGINE_NAMES: Record<DatabaseKind, string> = { postgres: 'PostgreSQL', pglite: 'PGlite (embedded)' }

function markdownTable<R extends { kind: DatabaseKind }>(results: R[], rows: [string, (r: R) => string, string][]): string {
  const lines = [
    `| | ${results.map((r) => ENGINE_NAMES[r.kind]).join(' | ')} | target |`,
    `|---|${results.map(() => '---').join('|')}|---|`,
    ...rows.map(([label, cell, goal]) => `| ${label} | ${results.map(cell).join(' | ')} | ${goal} |`),
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_ENGINES || 'postgres,pglite').split(',').map((e) => e.trim())
  const postgresUrl = wanted.includes('postgres') ? await findPostgres() : undefined
  if (wanted.includes('postgres') && !postgresUrl) log('no PostgreSQL answers (set DATABASE_URL); PostgreSQL skipped')
  const engines = wanted.filter((e): e is DatabaseKind => e === 'pglite' || (e === 'postgres' && postgresUrl !== undefined))
  if (engines.length === 0) throw new Error(`BENCH_ENGINES: nothing to run (postgres, pglite); sizes: ${sizeVariables.join(', ')}`)
  const started = performance.now()
  if (process.env.BENCH_PROFILE) fs.mkdirSync(process.env.BENCH_PROFILE, { recursive: true })
  if (process.env.BENCH_ONLY === 'ingest') {
    for (const kind of engines) console.log(`\n${await benchIngestOnly(kind, postgresUrl)}\n`)
    return
  }
  log('reference: initdb and the client build inside one process')
  const before = await measureOneProcessStart()
  if (process.env.BENCH_ONLY === 'first-start') {
    const firstStarts: FirstStart[] = []
    for (const kind of engines) firstStarts.push(await measureFirstStart(kind, postgresUrl))
    console.log(`\n${markdownTable(firstStarts, FIRST_START_ROWS)}\n\n${oneProcessText(before)}\n`)
    return
  }
  const results: EngineResult[] = []
  for (const kind of engines) results.push(await benchEngine(kind, postgresUrl))
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const machine = [
    `${os.cpus().length} × ${cpu}`,
    `${fixed(os.totalmem() / 1024 ** 3, 1)} GB RAM`,
    `node ${process.version}`,
    postgresUrl ? `PostgreSQL ${await postgresVersion(postgresUrl)}` : 'no PostgreSQL',
    `${os.type()} ${os.release()}`,
    process.env.BENCH_QUICK === '1' ? 'BENCH_QUICK=1' : 'full sizes',
    `whole run ${fixed((performance.now() - started) / 60_000, 1)} min`,
  ].join(' · ')
  console.log(`\n${machine}\n\n${table(results)}\n\n${oneProcessText(before)}\n\n${latencyByRate(results)}\n`)
  const failed = results.some((r) => [r.ingestCheck, r.burstCheck].some((c) => !c.startsWith('OK')) || r.indices.check.startsWith('MISMATCH'))
  console.log(failed ? 'RESPONSES LOST OR DUPLICATED: see the rows above.' : 'Zero responses lost or duplicated in every scenario.')
  if (failed) process.exitCode = 1
}

await main()
