// Ingest over HTTP with autocannon: random valid SIPAS answers to QR links (no kiosk
// interval), and the trivial GET /healthz of the same server for comparison.
import autocannon from 'autocannon'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import { drawSubmission, seededRandom } from '../helpers/seed-responses'

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
  /** Requests per second across all connections; absent = as fast as the server answers. */
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
    overallRate: options.rate,
    requests: [{ onResponse: (status: number) => void (statuses[status] = (statuses[status] ?? 0) + 1) }],
  })
  statuses[0] = result.errors + result.timeouts
  return summarise(result, statuses)
}

/**
 * POSTs fresh random answers round-robin to the given QR links for `seconds`. Each
 * connection has one request in flight, so its context knows the clientId being answered.
 */
export async function loadIngest(options: LoadOptions & { codes: string[]; questionnaire: Questionnaire; seed: number }): Promise<IngestResult> {
  const random = seededRandom(options.seed)
  const statuses: Record<number, number> = {}
  const acknowledged: string[] = []
  let next = 0
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    overallRate: options.rate,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request, context) => {
          const submission = drawSubmission(options.questionnaire, { satisfied: 0.8, gaveFeedback: 0.25 }, random)
          const inFlight = context as InFlight
          inFlight.clientId = submission.clientId
          const code = options.codes[next++ % options.codes.length]
          return { ...request, path: `/api/v1/public/surveys/${code}/responses`, body: JSON.stringify(submission) }
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
