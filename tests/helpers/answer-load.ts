import { setTimeout as sleep } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import { newLinkCode } from '../../server/links/link-code'
import { sampleSubmission } from './collection'
import { createSurveyFixture } from './fixtures'

/** A QR link on a fresh survey fixture (written directly: the server is not running yet). */
export async function createQrLinkCode(db: Kysely<DatabaseSchema>): Promise<string> {
  const { campaignId, agencyId } = await createSurveyFixture(db)
  const code = newLinkCode()
  await db
    .insertInto('survey_links')
    .values({ code, campaign_id: campaignId, agency_id: agencyId, channel: 'qr', label: 'load', min_interval_seconds: 0 })
    .execute()
  return code
}

export interface AnswerLoad {
  /** clientId → the id the server acknowledged (201, or 200 for a replay). */
  acknowledged: Map<string, number>
  /** How many attempts got each HTTP status. */
  statuses: Map<number, number>
  /** 503 answers without a `Retry-After` header or without a JSON error body. */
  malformed503: string[]
  /** Resolves once `count` answers have been acknowledged. */
  acknowledgedAtLeast(count: number): Promise<void>
  /** Stops starting new answers; workers finish (or, with `giveUp`, abandon) the ones they hold. */
  stop(options?: { giveUp?: boolean }): Promise<void>
}

/**
 * Sends answers to one link from `workers` concurrent senders, as kiosks and phones do: an
 * answer is resent (same clientId) after a 503 or a network error until it is acknowledged,
 * as the outbox would, and any other status is counted and not resent. Bounded: at most
 * `maxAnswers` distinct answers.
 */
export function startAnswerLoad(baseUrl: string, code: string, { workers = 4, maxAnswers = 3000, pauseMs = 20 } = {}): AnswerLoad {
  const acknowledged = new Map<string, number>()
  const statuses = new Map<number, number>()
  const malformed503: string[] = []
  let started = 0
  let stopping = false
  let giveUp = false
  const waiters: { count: number; resolve(): void }[] = []
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1)

  async function sendOne(): Promise<void> {
    const submission = sampleSubmission()
    for (;;) {
      if (giveUp) return
      let res: Response
      try {
        res = await fetch(`${baseUrl}/api/v1/public/surveys/${code}/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(submission),
        })
      } catch {
        await sleep(100) // refused or cut: no answer at all
        continue
      }
      count(res.status)
      const body = (await res.json().catch(() => null)) as { id?: number; error?: { code?: string } } | null
      if (res.status === 201 || res.status === 200) {
        acknowledged.set(submission.clientId, body!.id!)
        for (const waiter of waiters.filter((w) => acknowledged.size >= w.count)) waiter.resolve()
        return
      }
      if (res.status !== 503) return
      if (!res.headers.get('Retry-After') || !body?.error?.code) malformed503.push(JSON.stringify(body))
      await sleep(100)
    }
  }

  const running = Array.from({ length: workers }, async () => {
    while (!stopping && started < maxAnswers) {
      started += 1
      await sendOne()
      await sleep(pauseMs)
    }
  })

  return {
    acknowledged,
    statuses,
    malformed503,
    acknowledgedAtLeast: (target) =>
      new Promise((resolve, reject) => {
        if (acknowledged.size >= target) return resolve()
        waiters.push({ count: target, resolve })
        void Promise.all(running).then(() => {
          if (acknowledged.size < target) reject(new Error(`the load ended with ${acknowledged.size} answers acknowledged, fewer than ${target}`))
        })
      }),
    async stop(options = {}) {
      stopping = true
      giveUp = options.giveUp ?? false
      await Promise.all(running)
    },
  }
}
