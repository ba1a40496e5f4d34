import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import { endpoints } from '../../shared/api/endpoints'
import type { ResponseAccepted, ResponseSubmissionInput } from '../../shared/responses/submission'
import { endpointUrl } from '../api/client'

/**
 * The outbox: an answer is written to IndexedDB before it is sent, and stays there until this
 * server acknowledges it (see `httpSender`). Anything else keeps it queued and retried with
 * backoff; only a definite refusal by this server drops it, counted for the staff indicator.
 */
export interface QueuedResponse {
  clientId: string
  code: string
  body: ResponseSubmissionInput
  queuedAt: number
  attempts: number
  nextAttemptAt: number
}

export type SendOutcome =
  | { kind: 'accepted'; receipt: ResponseAccepted['receipt']; followUpCode: string | null }
  | { kind: 'retry'; status?: number }
  /** `code` is this server's error code (e.g. `survey_closed`); its English message is never shown. */
  | { kind: 'rejected'; status: number; code: string }

export type Sender = (item: QueuedResponse) => Promise<SendOutcome>

export interface OutboxStatus {
  queued: number
  rejected: number
}

const SEND_TIMEOUT_MS = 20_000
const FIRST_RETRY_MS = 2_000
const MAX_RETRY_MS = 5 * 60_000

const RECEIPTS: readonly unknown[] = ['none', 'verified', 'unverified'] satisfies ResponseAccepted['receipt'][]

function isJson(response: Response): boolean {
  return /^application\/json\b/i.test(response.headers.get('Content-Type') ?? '')
}

/**
 * This server's acknowledgement of this answer: `responseAcceptedSchema`'s shape (checked by
 * hand: zod stays out of the survey bundle) echoing the answer's clientId.
 */
export function isAcknowledgement(data: unknown, clientId: string): data is ResponseAccepted {
  if (typeof data !== 'object' || data === null) return false
  const answer = data as Record<string, unknown>
  return (
    typeof answer.id === 'number' &&
    typeof answer.clientId === 'string' &&
    answer.clientId.toLowerCase() === clientId.toLowerCase() &&
    RECEIPTS.includes(answer.receipt) &&
    (answer.followUpCode == null || typeof answer.followUpCode === 'string')
  )
}

/** This server's error body, `{ error: { code, message, fields? } }`: a proxy's or portal's page never is. */
function errorCodeOf(data: unknown): string | null {
  const error = typeof data === 'object' && data !== null ? (data as { error?: unknown }).error : undefined
  if (typeof error !== 'object' || error === null) return null
  const { code, message } = error as Record<string, unknown>
  return typeof code === 'string' && typeof message === 'string' ? code : null
}

/**
 * Posts an answer (or a batch of them) as JSON. Captive portals and login proxies answer in their
 * own ways (a 200 login page, a 302 to it, a 404 page), so only a JSON 2xx whose acknowledgement
 * (found by `acknowledgementIn`) echoes `clientId` counts as stored and only a 4xx with this
 * server's JSON error body (other than 408 and 429) as refused; anything else, redirects and
 * timeouts included, is retried.
 */
export async function postAnswers(url: string, body: unknown, clientId: string, acknowledgementIn: (data: unknown) => unknown): Promise<SendOutcome> {
  let response: Response
  // AbortController where there is one (not before Chrome 66 / Safari 12.1); a late answer to an
  // abandoned request does no harm: the resend carries the same clientId
  const abort = typeof AbortController === 'function' ? new AbortController() : undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    response = await Promise.race([
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: abort?.signal,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          abort?.abort()
          reject(new Error('timeout'))
        }, SEND_TIMEOUT_MS)
      }),
    ])
  } catch {
    return { kind: 'retry' }
  } finally {
    clearTimeout(timer)
  }
  const { status } = response
  const data: unknown = isJson(response) && !response.redirected ? await response.json().catch(() => null) : null
  const answer = status >= 200 && status < 300 ? acknowledgementIn(data) : null
  if (isAcknowledgement(answer, clientId))
    return { kind: 'accepted', receipt: answer.receipt, followUpCode: typeof answer.followUpCode === 'string' ? answer.followUpCode : null }
  const code = errorCodeOf(data)
  if (status >= 400 && status < 500 && status !== 408 && status !== 429 && code !== null) return { kind: 'rejected', status, code }
  return { kind: 'retry', status }
}

/** Posts one answer to its survey link. */
export const httpSender: Sender = (item) =>
  postAnswers(endpointUrl(endpoints.public.respond, { params: { code: item.code } }), item.body, item.clientId, (data) => data)

interface OutboxSchema extends DBSchema {
  queue: { key: string; value: QueuedResponse }
  meta: { key: string; value: number }
}

export function retryDelay(attempts: number, random = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS)
  return Math.round(base * (0.75 + random() / 2))
}

export class Outbox {
  private lastFlush: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly db: IDBPDatabase<OutboxSchema>,
    private readonly send: Sender,
    private readonly now: () => number,
  ) {}

  static async open(options: { name?: string; send?: Sender; now?: () => number } = {}): Promise<Outbox> {
    const db = await openDB<OutboxSchema>(options.name ?? 'hailong-outbox', 1, {
      upgrade(database) {
        database.createObjectStore('queue', { keyPath: 'clientId' })
        database.createObjectStore('meta')
      },
    })
    return new Outbox(db, options.send ?? httpSender, options.now ?? Date.now)
  }

  /** Resolves once the answer is on disk; sending is `flush`'s job. The same clientId twice stays one entry. */
  async add(code: string, body: ResponseSubmissionInput): Promise<void> {
    const now = this.now()
    await this.db.put('queue', { clientId: body.clientId, code, body, queuedAt: now, attempts: 0, nextAttemptAt: now })
  }

  async status(): Promise<OutboxStatus> {
    const [queued, rejected] = await Promise.all([this.db.count('queue'), this.db.get('meta', 'rejected')])
    return { queued, rejected: rejected ?? 0 }
  }

  /** Milliseconds until the earliest queued answer may be tried again, or null when the queue is empty. */
  async nextAttemptIn(): Promise<number | null> {
    const items = await this.db.getAll('queue')
    return items.length === 0 ? null : Math.max(0, Math.min(...items.map((item) => item.nextAttemptAt)) - this.now())
  }

  /**
   * Sends the queued answers, oldest first, one at a time (a kiosk's interval is judged on the
   * order answers were given). `force` ignores the backoff, e.g. when the browser comes back online.
   * Stops at the first network failure: the rest would fail the same way. Flushes run one after
   * the other, so an answer is never posted twice at once.
   */
  flush(force = false): Promise<Map<string, SendOutcome>> {
    const run = this.lastFlush.then(() => this.sendDue(force))
    this.lastFlush = run.catch(() => undefined)
    return run
  }

  private async sendDue(force: boolean): Promise<Map<string, SendOutcome>> {
    const outcomes = new Map<string, SendOutcome>()
    const items = (await this.db.getAll('queue')).sort((a, b) => a.queuedAt - b.queuedAt)
    for (const item of items) {
      if (!force && item.nextAttemptAt > this.now()) continue
      const outcome = await this.send(item)
      outcomes.set(item.clientId, outcome)
      if (outcome.kind === 'accepted') {
        await this.db.delete('queue', item.clientId)
      } else if (outcome.kind === 'rejected') {
        const tx = this.db.transaction(['queue', 'meta'], 'readwrite')
        const rejected = (await tx.objectStore('meta').get('rejected')) ?? 0
        await Promise.all([tx.objectStore('queue').delete(item.clientId), tx.objectStore('meta').put(rejected + 1, 'rejected'), tx.done])
      } else {
        const attempts = item.attempts + 1
        await this.db.put('queue', { ...item, attempts, nextAttemptAt: this.now() + retryDelay(attempts) })
        // a network failure or a portal's page will meet the next answer too; a 429 is about this one
        if (outcome.status !== 429) break
      }
    }
    return outcomes
  }

  close(): void {
    this.db.close()
  }
}

/**
 * Keeps the outbox draining while the page is open: now, when each backoff is over and as soon as
 * the browser says it is online again. `onStatus` hears the queue size after every change.
 */
export function startSync(outbox: Outbox, onStatus: (status: OutboxStatus) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  async function run(force: boolean): Promise<Map<string, SendOutcome>> {
    clearTimeout(timer)
    const outcomes = await outbox.flush(force)
    if (stopped) return outcomes
    onStatus(await outbox.status())
    const wait = await outbox.nextAttemptIn()
    if (wait !== null && !stopped) timer = setTimeout(() => void run(false), wait)
    return outcomes
  }

  const onOnline = () => void run(true)
  window.addEventListener('online', onOnline)
  void run(false)
  return {
    /** Sends now what is due (a fresh answer is due at once) and reports what became of each. */
    flushNow: () => run(false),
    /** Sends everything queued now, backoff or not (the staff asked for it, or a new login). */
    flushAll: () => run(true),
    refresh: async () => onStatus(await outbox.status()),
    stop() {
      stopped = true
      clearTimeout(timer)
      window.removeEventListener('online', onOnline)
    },
  }
}
