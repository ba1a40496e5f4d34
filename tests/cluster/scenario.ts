// The cluster scenario: the kiosk sync burst split across two app nodes by nginx, one node
// killed in the middle of it, then the checks that N nodes behave as one: every answer
// stored once, kiosk intervals and bursts judged as one node judges them, the failed-login
// lock-out shared, and the replica's indices equal to the primary's once replay caught up.
// Returns the figures and the checks; `npm run cluster` prints them, the test asserts them.
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { isDeepStrictEqual } from 'node:util'
import { SESSION_COOKIE } from '../../server/auth/sessions'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { User } from '../../shared/users/schemas'
import { createHttpCampaign, createLinks } from '../bench/bench-campaign-api'
import { syncBurst } from '../bench/sync-burst'
import { drawSubmission, post, seededRandom } from '../helpers/seed-responses'
import { type ApiSession, loginAs } from '../helpers/survey-links'
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Cluster } from './cluster'

export interface ClusterSizes {
  kiosks: number
  /** Answers queued on each kiosk. */
  queueLength: number
  /** Share of answers a kiosk sends a second time (a reply lost on the way). */
  resendShare: number
  /** Share of answers given sooner after the previous one than the kiosk interval allows. */
  tooSoonShare: number
  kioskIntervalSeconds: number
  timeoutSeconds: number
}

/** The burst: 500 kiosks × 200 answers (`npm run cluster`). */
export const FULL_SIZES: ClusterSizes = { kiosks: 500, queueLength: 200, resendShare: 0.03, tooSoonShare: 0.05, kioskIntervalSeconds: 20, timeoutSeconds: 3600 }

/** CLUSTER_KIOSKS and CLUSTER_QUEUE override the kiosks and their queue's length. */
export function sizesFromEnv(defaults: ClusterSizes, env: NodeJS.ProcessEnv): ClusterSizes {
  const sizes = { ...defaults }
  for (const [name, key] of [
    ['CLUSTER_KIOSKS', 'kiosks'],
    ['CLUSTER_QUEUE', 'queueLength'],
  ] as const) {
    const value = env[name]
    if (value === undefined || value === '') continue
    if (!/^[1-9][0-9]*$/.test(value)) throw new Error(`${name} must be a positive whole number, got "${value}"`)
    sizes[key] = Number(value)
  }
  return sizes
}

/** The server's defaults the checks rely on (BURST_MIN_IDENTICAL, the failed-login limit). */
const BURST_MIN_IDENTICAL = 5
const LOGIN_MAX_FAILURES = 5

export interface ClusterFigures {
  kiosks: number
  queueLength: number
  /** Distinct answers queued on the kiosks. */
  queued: number
  acknowledged: number
  storedOnce: number
  storedTwice: number
  /** Answers a kiosk sent a second time after it was acknowledged, and the replays answered 200. */
  resends: number
  replays: number
  /** Attempts sent again after a 502 or a cut connection (the node killed). */
  retries: number
  requests: number
  burstSeconds: number
  /** Burst requests nginx sent to each node, and those it passed on to the other after an error. */
  requestsByNode: Record<string, number>
  passedOn: number
  killedNode: string
  /** Answers acknowledged when the node was killed, and after it. */
  killedAfter: number
  killedAtSeconds: number
  deliveredAfterKill: number
  tooFrequentExpected: number
  tooFrequentStored: number
  burstFlaggedOneNode: number
  burstFlaggedSplit: number
  /** Largest replica lag seen during the burst (pg_stat_replication on the primary). */
  replicaLagMaxBytes: number
  replicaLagMaxMs: number
  /** After the burst: WAL the replica had still to replay, and how long replay took to reach it. */
  catchUpBytes: number
  catchUpMs: number
}

export interface Check {
  name: string
  expected: unknown
  actual: unknown
}

export interface ClusterRun {
  figures: ClusterFigures
  checks: Check[]
}

export async function runClusterScenario(cluster: Cluster, sizes: ClusterSizes, log: (message: string) => void): Promise<ClusterRun> {
  const checks: Check[] = []
  const check = (name: string, expected: unknown, actual: unknown) => checks.push({ name, expected, actual })
  const [readerNode, killedNode] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]]

  const session = await loginAs(cluster.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD)
  log(`setting up ${sizes.kiosks} kiosk links through nginx`)
  const campaign = await createHttpCampaign(session, Math.min(10, sizes.kiosks), 'Cụm hai nút')
  const kioskCodes = await createLinks(session, campaign, 'kiosk', sizes.kiosks)
  // Kiosks installed before the outage: an answer dated before its link (beyond the clock
  // tolerance) would be flagged for its clock, and the queue goes back over an hour.
  await cluster.primary.query(`update survey_links set created_at = now() - interval '1 day' where campaign_id = $1`, [campaign.campaignId])

  // The burst, with one node killed once half of the answers are acknowledged.
  const queued = sizes.kiosks * sizes.queueLength
  const killAt = Math.ceil(queued / 2)
  let kill: Promise<void> | undefined
  let killedAtSeconds = 0
  const lag = sampleReplicaLag(cluster)
  const started = performance.now()
  log(`sync burst: ${sizes.kiosks} kiosks × ${sizes.queueLength} answers through nginx; ${killedNode.name} killed after ${killAt} acknowledged`)
  const burst = await syncBurst({
    baseUrl: cluster.baseUrl,
    kioskCodes,
    queueLength: sizes.queueLength,
    duplicateShare: sizes.resendShare,
    tooSoonShare: sizes.tooSoonShare,
    questionnaire: campaign.questionnaire,
    seed: 17,
    timeoutSeconds: sizes.timeoutSeconds,
    onAcknowledged(count) {
      if (count % Math.ceil(queued / 10) === 0) log(`${count} answers acknowledged`)
      if (count !== killAt) return
      killedAtSeconds = (performance.now() - started) / 1000
      kill = killedNode.kill()
    },
  }).finally(() => lag.stop())
  await kill
  const catchUp = await waitForReplay(cluster)
  log(`burst drained in ${burst.seconds.toFixed(1)} s; the replica caught up in ${catchUp.ms.toFixed(0)} ms`)
  const burstLines = cluster.accessLog().filter((line) => line.method === 'POST' && line.uri.endsWith('/responses'))

  // Exactly once: every queued answer acknowledged, stored once, under the id it was acknowledged with.
  const { rows: stored } = await cluster.primary.query<{ id: number; client_id: string; flag_reason: string | null }>(
    'select r.id, r.client_id, r.flag_reason from responses r join survey_links l on l.id = r.link_id where l.code = any($1::text[])',
    [kioskCodes],
  )
  const storedIds = new Map(stored.map((row) => [row.client_id, row.id]))
  check('every queued answer acknowledged', queued, burst.acknowledged.size)
  check(
    'answers other than 201 stored / 200 replayed',
    {},
    Object.fromEntries(Object.entries(burst.statuses).filter(([status]) => status !== '200' && status !== '201')),
  )
  check('every answer stored once (rows, distinct clientIds)', { rows: queued, distinct: queued }, { rows: stored.length, distinct: storedIds.size })
  check('acknowledged ids are the stored ids', [], [...burst.acknowledged].filter(([clientId, id]) => storedIds.get(clientId) !== id).slice(0, 5))
  check('answers acknowledged after the kill (through the other node)', true, burst.acknowledged.size > killAt)
  check(
    'the killed node was sent burst answers before the kill',
    true,
    burstLines.some((line) => line.upstream.includes(new URL(killedNode.url).host)),
  )

  // Kiosk intervals: the stored flags are those the device times give, judged in each kiosk's order.
  const expectedTooFrequent = new Set(burst.queues.flatMap((queue) => tooFrequent(queue, sizes.kioskIntervalSeconds * 1000)))
  const flagMismatches = stored.filter((row) => row.flag_reason !== (expectedTooFrequent.has(row.client_id) ? 'too_frequent' : null))
  check('kiosk answers flagged exactly as the interval judges their device times', [], flagMismatches.slice(0, 5))

  log('restarting the killed node')
  await killedNode.restart()
  await untilNginxUses(cluster, cluster.nodes.length)

  // Bursts: identical answer sets from one link, split by nginx across both nodes, are flagged as on one node.
  const [splitCode, oneNodeCode, extraCode] = await createLinks(session, campaign, 'qr', 3)
  const planted = drawSubmission(campaign.questionnaire, { satisfied: 0.8, gaveFeedback: 0 }, seededRandom(5))
  const copies = BURST_MIN_IDENTICAL + 1
  for (let i = 0; i < copies; i++) await post(readerNode.url, oneNodeCode!, { ...planted, clientId: randomUUID() })
  const splitBefore = cluster.accessLog().length
  for (let i = 0; i < copies; i++) await post(cluster.baseUrl, splitCode!, { ...planted, clientId: randomUUID() })
  const splitNodes = new Set(
    cluster
      .accessLog()
      .slice(splitBefore)
      .filter((line) => line.uri.includes(splitCode!))
      .map((line) => line.upstream),
  )
  check('the planted burst was split across both nodes', cluster.nodes.length, splitNodes.size)
  const burstFlagged = async (code: string) =>
    Number(
      (
        await cluster.primary.query<{ n: string }>(
          `select count(*) as n from responses r join survey_links l on l.id = r.link_id where l.code = $1 and r.flag_reason like '%burst%'`,
          [code],
        )
      ).rows[0]!.n,
    )
  const burstFlaggedOneNode = await burstFlagged(oneNodeCode!)
  const burstFlaggedSplit = await burstFlagged(splitCode!)
  check('a planted burst is flagged on one node', true, burstFlaggedOneNode > 0)
  check('a burst split across nodes is flagged as on one node', burstFlaggedOneNode, burstFlaggedSplit)

  // Login lock-out: failures through nginx, from addresses that all differ, lock the account on both nodes.
  const lockedOut = await lockOutThroughNginx(cluster, session)
  check('failed logins reached both nodes', cluster.nodes.length, lockedOut.nodes)
  check(
    'the account is locked on every node',
    cluster.nodes.map(() => 429),
    lockedOut.statuses,
  )

  // The replica: the reading node's indices are the replica's (behind while replay is paused),
  // and equal the primary's once replay caught up.
  if (readerNode.readUrl) {
    await waitForReplay(cluster)
    const before = respondents(await indices(readerNode.url, session, campaign.campaignId))
    await cluster.replica.query('select pg_wal_replay_pause()')
    try {
      // the pause is a request: replay stops at its next record
      while ((await cluster.replica.query<{ state: string }>('select pg_get_wal_replay_pause_state() as state')).rows[0]!.state !== 'paused') {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      await post(killedNode.url, extraCode!, drawSubmission(campaign.questionnaire, { satisfied: 0.8, gaveFeedback: 0 }, seededRandom(6)))
      check(
        'respondents read from the replica (replay paused) and from the primary after one more answer',
        { replica: before, primary: before + 1 },
        {
          replica: respondents(await indices(readerNode.url, session, campaign.campaignId)),
          primary: respondents(await indices(killedNode.url, session, campaign.campaignId)),
        },
      )
    } finally {
      await cluster.replica.query('select pg_wal_replay_resume()')
    }
  }
  await waitForReplay(cluster)
  const [fromReplica, fromPrimary] = await Promise.all(cluster.nodes.map((node) => indices(node.url, session, campaign.campaignId)))
  check('the indices read on the replica equal the primary’s', fromPrimary, fromReplica)
  check('the indices count every answer stored', queued + 2 * copies + (readerNode.readUrl ? 1 : 0), respondents(fromPrimary!))

  const requestsByNode: Record<string, number> = {}
  for (const line of burstLines) {
    const node = cluster.nodes.find((n) => line.upstream.endsWith(new URL(n.url).host))
    const name = node?.name ?? line.upstream
    requestsByNode[name] = (requestsByNode[name] ?? 0) + 1
  }
  return {
    checks,
    figures: {
      kiosks: sizes.kiosks,
      queueLength: sizes.queueLength,
      queued,
      acknowledged: burst.acknowledged.size,
      storedOnce: storedIds.size,
      storedTwice: stored.length - storedIds.size,
      resends: burst.duplicatesSent,
      replays: burst.statuses[200] ?? 0,
      retries: burst.retries,
      requests: burst.requests,
      burstSeconds: burst.seconds,
      requestsByNode,
      passedOn: burstLines.filter((line) => line.upstream.includes(',')).length,
      killedNode: killedNode.name,
      killedAfter: killAt,
      killedAtSeconds,
      deliveredAfterKill: burst.acknowledged.size - killAt,
      tooFrequentExpected: expectedTooFrequent.size,
      tooFrequentStored: stored.filter((row) => row.flag_reason === 'too_frequent').length,
      burstFlaggedOneNode,
      burstFlaggedSplit,
      replicaLagMaxBytes: lag.maxBytes,
      replicaLagMaxMs: lag.maxMs,
      catchUpBytes: catchUp.bytes,
      catchUpMs: catchUp.ms,
    },
  }
}

/**
 * The answers of one kiosk's queue the interval flags, from their device times: one closer
 * than the interval to the kiosk's latest answer on time; only answers on time move it.
 */
function tooFrequent(queue: ResponseSubmissionInput[], intervalMs: number): string[] {
  let last: number | undefined
  const flagged: string[] = []
  for (const submission of queue) {
    const at = Date.parse(submission.answeredAt!)
    if (last !== undefined && at < last + intervalMs) flagged.push(submission.clientId)
    else last = at
  }
  return flagged
}

/** Samples the primary's view of its replica (bytes not yet replayed, replay lag) until stopped. */
function sampleReplicaLag(cluster: Cluster): { maxBytes: number; maxMs: number; stop(): Promise<void> } {
  const lag = { maxBytes: 0, maxMs: 0 }
  let running = true
  const sampling = (async () => {
    while (running) {
      const { rows } = await cluster.primary.query<{ bytes: number; ms: number }>(
        `select coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::float8 as bytes,
                coalesce(extract(epoch from replay_lag) * 1000, 0)::float8 as ms
         from pg_stat_replication`,
      )
      for (const row of rows) {
        lag.maxBytes = Math.max(lag.maxBytes, row.bytes)
        lag.maxMs = Math.max(lag.maxMs, row.ms)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  sampling.catch(() => {}) // reported by stop()
  return {
    get maxBytes() {
      return lag.maxBytes
    },
    get maxMs() {
      return lag.maxMs
    },
    async stop() {
      running = false
      await sampling
    },
  }
}

/** Waits until the replica has replayed the primary's WAL as of now: the bytes it had left and the time it took. */
async function waitForReplay(cluster: Cluster): Promise<{ bytes: number; ms: number }> {
  const started = performance.now()
  const { rows } = await cluster.primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')
  const target = rows[0]!.lsn
  let bytes: number | undefined
  for (;;) {
    const { rows: replay } = await cluster.replica.query<{ behind: number }>(
      'select coalesce(pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()), 0)::float8 as behind',
      [target],
    )
    bytes ??= Math.max(0, replay[0]!.behind)
    if (replay[0]!.behind <= 0) return { bytes, ms: performance.now() - started }
    if (performance.now() - started > 120_000) throw new Error(`the replica did not replay up to ${target} in 2 minutes`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Sends /healthz through nginx until it has reached `count` different nodes in a row of tries (a restarted node is back in the rotation). */
async function untilNginxUses(cluster: Cluster, count: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const from = cluster.accessLog().length
    for (let i = 0; i < count * 2; i++) await fetch(`${cluster.baseUrl}/healthz`)
    if (
      new Set(
        cluster
          .accessLog()
          .slice(from)
          .map((line) => line.upstream),
      ).size >= count
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('nginx did not take the restarted node back')
}

/**
 * A new account; LOGIN_MAX_FAILURES wrong passwords through nginx, each from its own address
 * (X-Forwarded-For, trusted from nginx), so only the account's count adds up; then the right
 * password on each node directly. Returns the nodes the failures reached and each node's answer.
 */
async function lockOutThroughNginx(cluster: Cluster, session: ApiSession): Promise<{ nodes: number; statuses: number[] }> {
  const email = `khoa-thu-${Date.now()}@hailong.test`
  const password = 'mat-khau-dung-2026'
  const created = await session.call<User>('/users', { body: { email, name: 'Thử khoá', password, role: 'viewer' } })
  if (created.status !== 201) throw new Error(`creating the account: HTTP ${created.status} ${JSON.stringify(created.body)}`)
  const login = (baseUrl: string, body: unknown, address?: string) =>
    fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(address ? { 'X-Forwarded-For': address } : {}) },
      body: JSON.stringify(body),
    }).then((response) => response.status)
  const from = cluster.accessLog().length
  for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
    const status = await login(cluster.baseUrl, { email, password: 'sai-mat-khau-123' }, `198.51.100.${i + 1}`)
    if (status !== 401) throw new Error(`a wrong password was answered ${status}, not 401`)
  }
  const nodes = new Set(
    cluster
      .accessLog()
      .slice(from)
      .filter((line) => line.uri === '/api/v1/auth/login')
      .map((line) => line.upstream),
  ).size
  const statuses: number[] = []
  for (const node of cluster.nodes) statuses.push(await login(node.url, { email, password }, `203.0.113.${statuses.length + 1}`))
  return { nodes, statuses }
}

/**
 * A dashboard's read, with the session cookie alone: a browser that wrote a moment ago also
 * carries a cookie that sends its reads to the primary while the replica may lag behind.
 */
async function indices(baseUrl: string, session: ApiSession, campaignId: number): Promise<CampaignIndices> {
  const cookie = session.cookie
    .split('; ')
    .filter((c) => c.startsWith(`${SESSION_COOKIE}=`))
    .join('; ')
  const response = await fetch(`${baseUrl}/api/v1/campaigns/${campaignId}/indices`, { headers: { Cookie: cookie } })
  if (response.status !== 200) throw new Error(`indices from ${baseUrl}: HTTP ${response.status}`)
  return (await response.json()) as CampaignIndices
}

/** Every answer the indices count, flagged ones included. */
const respondents = (result: CampaignIndices) => result.units.reduce((n, unit) => n + unit.n + unit.flagged, 0)

/** The checks that failed, as lines saying what was expected and what came. */
export function failedChecks(checks: Check[]): string[] {
  return checks
    .filter((c) => !isDeepStrictEqual(c.actual, c.expected))
    .map((c) => `${c.name}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`)
}

const count = (value: number) => value.toLocaleString('en-US')
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

/** The figures, one line per subject. */
export function describeFigures(f: ClusterFigures): string[] {
  const byNode = Object.entries(f.requestsByNode)
    .map(([node, n]) => `${node} ${count(n)}`)
    .join(', ')
  return [
    `answers queued     ${count(f.queued)} (${count(f.kiosks)} kiosks × ${count(f.queueLength)}), ${count(f.resends)} sent again after their acknowledgement (answered 200: ${count(f.replays)})`,
    `stored             ${count(f.acknowledged)} acknowledged, ${count(f.storedOnce)} stored once, ${count(f.storedTwice)} stored twice`,
    `through nginx      ${count(f.requests)} requests in ${f.burstSeconds.toFixed(1)} s (${count(Math.round(f.queued / f.burstSeconds))} answers/s): ${byNode}; ${count(f.passedOn)} passed on to the other node by nginx, ${count(f.retries)} sent again by the kiosks after a 502 or a cut connection`,
    `node killed        ${f.killedNode} (SIGKILL) at ${f.killedAtSeconds.toFixed(1)} s, after ${count(f.killedAfter)} answers acknowledged; ${count(f.deliveredAfterKill)} delivered after it through the other node`,
    `kiosk interval     ${count(f.tooFrequentStored)} answers flagged too_frequent; the device times give ${count(f.tooFrequentExpected)}`,
    `bursts             a planted burst flagged ${f.burstFlaggedOneNode} answers on one node, ${f.burstFlaggedSplit} split across both nodes`,
    `replica            lag during the burst up to ${megabytes(f.replicaLagMaxBytes)} / ${Math.round(f.replicaLagMaxMs)} ms; after it ${megabytes(f.catchUpBytes)} left to replay, caught up in ${Math.round(f.catchUpMs)} ms`,
  ]
}
