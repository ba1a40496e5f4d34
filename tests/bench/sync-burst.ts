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
  duplicatesSent: number
}

const MAX_ATTEMPTS = 8
const INTERVAL_MS = 30_000

export async function syncBurst(options: {
  baseUrl: string
  kioskCodes: string[]
  queueLength: number
  duplicateShare: number
  questionnaire: Questionnaire
  seed: number
  timeoutSeconds: number
}): Promise<BurstResult> {
  const random = seededRandom(options.seed)
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.kioskCodes.length })
  const { hostname, port } = new URL(options.baseUrl)
  const statuses: Record<number, number> = {}
  const clientIds: string[] = []
  let retries = 0
  let requests = 0
  let duplicatesSent = 0
  const deadline = Date.now() + options.timeoutSeconds * 1000
  // Queued answers were given INTERVAL_MS apart, the last a little before now.
  const firstAnswer = Date.now() - (options.queueLength + 1) * INTERVAL_MS

  const send = (code: string, body: string) =>
    new Promise<number>((resolve) => {
      const request = http.request(
        { agent, hostname, port, method: 'POST', path: `/api/v1/public/surveys/${code}/responses`, headers: { 'content-type': 'application/json' } },
        (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        },
      )
      request.on('error', () => resolve(0))
      request.end(body)
    })

  const sendWithRetries = async (code: string, submission: ResponseSubmissionInput) => {
    const body = JSON.stringify(submission)
    for (let attempt = 1; ; attempt++) {
      if (Date.now() > deadline) throw new Error(`sync burst: not drained within ${options.timeoutSeconds} s`)
      requests += 1
      const status = await send(code, body)
      if ((status === 0 || status >= 500) && attempt < MAX_ATTEMPTS) {
        retries += 1
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt))
        continue
      }
      statuses[status] = (statuses[status] ?? 0) + 1
      return
    }
  }

  const queues = options.kioskCodes.map(() =>
    Array.from({ length: options.queueLength }, (_, i) => {
      const submission = drawSubmission(options.questionnaire, { satisfied: 0.8, gaveFeedback: 0.25 }, random)
      submission.answeredAt = new Date(firstAnswer + i * INTERVAL_MS).toISOString()
      clientIds.push(submission.clientId)
      return submission
    }),
  )
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
  return { seconds: (performance.now() - start) / 1000, requests, statuses, retries, clientIds, duplicatesSent }
}
