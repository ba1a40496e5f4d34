// Offline kiosks coming back online at once: every kiosk replays its queue in order (one
// request in flight per kiosk, as the kiosk app does), all kiosks concurrently, and resends
// a few answers it already sent (a reply lost on the way) that must not be stored twice.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import { drawSubmission, seededRandom } from '../helpers/seed-responses'

export interface BurstResult {
  seconds: number
  requests: number
  /** Responses by HTTP status, after retries (201 stored, 200 recognised replay). */
  statuses: Record<number, number>
  /** Attempts repeated after a network error or a 5xx/503, as the kiosk app retries. */
  retries: number
  /** clientId of every distinct answer queued (each must be stored exactly once). */
  clientIds: string[]
  /** Each kiosk's queue as it was sent, in order (with its device times). */
  queues: ResponseSubmissionInput[][]
  /** clientId → the id the server acknowledged it with (201, or 200 for a replay). */
  acknowledged: Map<string, number>
  duplicatesSent: number
}

const MAX_ATTEMPTS = 8
/** Between two answers of a kiosk's queue, above the kiosk interval (20 s by default)… */
const INTERVAL_MS = 30_000
/** …or, for the share `tooSoonShare` of them, below it: the interval flags those. */
const TOO_SOON_MS = 10_000

export async function syncBurst(options: {
  baseUrl: string
  kioskCodes: string[]
  queueLength: number
  duplicateShare: number
  questionnaire: Questionnaire
  seed: number
  timeoutSeconds: number
  tooSoonShare?: number
  /** Told the number of distinct answers acknowledged so far, each time it grows. */
  onAcknowledged?: (count: number) => void
}): Promise<BurstResult> {
  const random = seededRandom(options.seed)
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.kioskCodes.length })
  const { hostname, port } = new URL(options.baseUrl)
  const statuses: Record<number, number> = {}
  const clientIds: string[] = []
  const acknowledged = new Map<string, number>()
  let retries = 0
  let requests = 0
  let duplicatesSent = 0
  const deadline = Date.now() + options.timeoutSeconds * 1000
  // Queued answers were given INTERVAL_MS apart, the last a little before now.
  const firstAnswer = Date.now() - (options.queueLength + 1) * INTERVAL_MS

  const send = (code: string, body: string) =>
    new Promise<{ status: number; body: string }>((resolve) => {
      const request = http.request(
        { agent, hostname, port, method: 'POST', path: `/api/v1/public/surveys/${code}/responses`, headers: { 'content-type': 'application/json' } },
        (response) => {
          let text = ''
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => (text += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
          response.on('error', () => resolve({ status: 0, body: '' }))
        },
      )
      request.on('error', () => resolve({ status: 0, body: '' }))
      request.end(body)
    })

  const sendWithRetries = async (code: string, submission: ResponseSubmissionInput) => {
    const body = JSON.stringify(submission)
    for (let attempt = 1; ; attempt++) {
      if (Date.now() > deadline) throw new Error(`sync burst: not drained within ${options.timeoutSeconds} s`)
      requests += 1
      const response = await send(code, body)
      const { status } = response
      if ((status === 0 || status >= 500) && attempt < MAX_ATTEMPTS) {
        retries += 1
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt))
        continue
      }
      statuses[status] = (statuses[status] ?? 0) + 1
      if ((status === 200 || status === 201) && !acknowledged.has(submission.clientId)) {
        acknowledged.set(submission.clientId, (JSON.parse(response.body) as { id: number }).id)
        options.onAcknowledged?.(acknowledged.size)
      }
      return
    }
  }

  const queues = options.kioskCodes.map(() => {
    let answeredAt = firstAnswer
    return Array.from({ length: options.queueLength }, (_, i) => {
      const submission = drawSubmission(options.questionnaire, { satisfied: 0.8, gaveFeedback: 0.25 }, random)
      if (i > 0) answeredAt += options.tooSoonShare && random() < options.tooSoonShare ? TOO_SOON_MS : INTERVAL_MS
      submission.answeredAt = new Date(answeredAt).toISOString()
      clientIds.push(submission.clientId)
      return submission
    })
  })
  const start = performance.now()
  try {
    await Promise.all(
      options.kioskCodes.map(async (code, k) => {
        const queue = queues[k]!
        for (let i = 0; i < queue.length; i++) {
          await sendWithRetries(code, queue[i]!)
          if (random() < options.duplicateShare) {
            duplicatesSent += 1
            await sendWithRetries(code, queue[Math.floor(random() * (i + 1))]!)
          }
        }
      }),
    )
  } finally {
    agent.destroy()
  }
  return { seconds: (performance.now() - start) / 1000, requests, statuses, retries, clientIds, queues, acknowledged, duplicatesSent }
}
