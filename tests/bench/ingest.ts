// Ingest over HTTP: random valid SIPAS answers to QR links (no kiosk interval), and the
// trivial GET /healthz of the same server for comparison. Saturation with autocannon
// (each connection sends its next request when the last is answered); a steady rate with
// an open-loop pacer, because autocannon's rate sends each second's share of requests
// back to back and then corrects the latencies of that burst for coordinated omission,
// which reported ~10 ms for a 1 ms /healthz at 200 requests per second.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import { drawSubmission, seededRandom } from '../helpers/seed-responses'
import { percentile } from './bulk'

export interface LoadResult {
  /** Answered requests per second over the run. */
  perSecond: number
  p50: number
  p99: number
  /** Requests by HTTP status (0 = no answer: error or timeout). */
  statuses: Record<number, number>
  seconds: number
}

export interface IngestResult extends LoadResult {
  /** clientIds the server acknowledged with 201. */
  acknowledged: string[]
}

/** autocannon's per-connection context: the clientId of the request in flight. */
interface InFlight {
  clientId: string
}

interface LoadOptions {
  baseUrl: string
  connections: number
  seconds: number
}

interface IngestOptions extends LoadOptions {
  codes: string[]
  questionnaire: Questionnaire
  seed: number
  /** Requests per second, evenly spaced; absent = as fast as the server answers. */
  rate?: number
}

function summarise(result: autocannon.Result, statuses: Record<number, number>): LoadResult {
  const answered = Object.entries(statuses).reduce((sum, [status, n]) => sum + (status === '0' ? 0 : n), 0)
  return { perSecond: answered / result.duration, p50: result.latency.p50, p99: result.latency.p99, statuses, seconds: result.duration }
}

export async function loadHealthz(options: LoadOptions): Promise<LoadResult> {
  const statuses: Record<number, number> = {}
  const result = await autocannon({
    url: `${options.baseUrl}/healthz`,
    connections: options.connections,
    duration: options.seconds,
    requests: [{ onResponse: (status: number) => void (statuses[status] = (statuses[status] ?? 0) + 1) }],
  })
  statuses[0] = result.errors + result.timeouts
  return summarise(result, statuses)
}

/** POSTs fresh random answers round-robin to the given QR links for `seconds`. */
export function loadIngest(options: IngestOptions): Promise<IngestResult> {
  const random = seededRandom(options.seed)
  let next = 0
  const draw = () => {
    const submission = drawSubmission(options.questionnaire, { satisfied: 0.8, gaveFeedback: 0.25 }, random)
    const code = options.codes[next++ % options.codes.length]
    return { clientId: submission.clientId, path: `/api/v1/public/surveys/${code}/responses`, body: JSON.stringify(submission) }
  }
  return options.rate ? pacedIngest(options, options.rate, draw) : saturatingIngest(options, draw)
}

type Draw = () => { clientId: string; path: string; body: string }

/** Each connection has one request in flight, so its context knows the clientId being answered. */
async function saturatingIngest(options: LoadOptions, draw: Draw): Promise<IngestResult> {
  const statuses: Record<number, number> = {}
  const acknowledged: string[] = []
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request, context) => {
          const { clientId, path, body } = draw()
          ;(context as InFlight).clientId = clientId
          return { ...request, path, body }
        },
        onResponse: (status, _body, context) => {
          statuses[status] = (statuses[status] ?? 0) + 1
          if (status === 201) acknowledged.push((context as InFlight).clientId)
        },
      },
    ],
  })
  statuses[0] = result.errors + result.timeouts
  return { ...summarise(result, statuses), acknowledged }
}

/**
 * Open loop: request i is due at start + i / rate whatever the server is doing, over at
 * most `connections` keep-alive sockets, and its latency counts from when it was due, so a
 * stalled server shows in the percentiles instead of slowing the load down.
 */
async function pacedIngest(options: LoadOptions, rate: number, draw: Draw): Promise<IngestResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections })
  const statuses: Record<number, number> = {}
  const acknowledged: string[] = []
  const latencies: number[] = []
  const total = Math.round(rate * options.seconds)
  const send = (request: ReturnType<Draw>, due: number) =>
    new Promise<void>((resolve) => {
      const done = (status: number) => {
        statuses[status] = (statuses[status] ?? 0) + 1
        if (status === 201) acknowledged.push(request.clientId)
        if (status !== 0) latencies.push(performance.now() - due)
        resolve()
      }
      const req = http.request(
        `${options.baseUrl}${request.path}`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json' }, timeout: 30_000 },
        (res) => {
          res.resume()
          res.on('end', () => done(res.statusCode ?? 0))
        },
      )
      req.on('timeout', () => req.destroy())
      req.on('error', () => done(0))
      req.end(request.body)
    })
  const start = performance.now()
  const sent: Promise<void>[] = []
  while (sent.length < total) {
    const now = performance.now()
    for (let due = start + (sent.length * 1000) / rate; sent.length < total && due <= now; due = start + (sent.length * 1000) / rate) {
      sent.push(send(draw(), due))
    }
    await new Promise((r) => setTimeout(r, 1))
  }
  await Promise.all(sent)
  const seconds = (performance.now() - start) / 1000
  agent.destroy()
  const answered = latencies.length
  return {
    perSecond: answered / seconds,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    statuses,
    seconds,
    acknowledged,
  }
}
