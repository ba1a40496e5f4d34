import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import { surveyApiPath } from './page'

/**
 * The outbox: an answer is written to IndexedDB before it is sent, and stays there until the
 * server has it (201, or 200 for a replayed clientId). Network failures, timeouts, 5xx, 408 and
 * 429 keep it queued and retried with backoff; any other 4xx means the server will never take
 * it, so it is dropped and counted as rejected for the staff indicator.
 */
export interface QueuedResponse {
  clientId: string
  code: string
  body: ResponseSubmissionInput
  queuedAt: number
  attempts: number
  /** consecutive 429 answers: the kiosk interval refuses the same answer every time, so it is given up after a few */
  rateLimited: number
  nextAttemptAt: number
}

export type SendOutcome =
  | { kind: 'accepted' }
  | { kind: 'retry'; status?: number }
  | { kind: 'rejected'; status: number; message: string; fields: Record<string, string> }

export type Sender = (item: QueuedResponse) => Promise<SendOutcome>

export interface OutboxStatus {
  queued: number
  rejected: number
}

const SEND_TIMEOUT_MS = 20_000
const FIRST_RETRY_MS = 2_000
const MAX_RETRY_MS = 5 * 60_000
export const MAX_RATE_LIMITED = 5

export const httpSender: Sender = async (item) => {
  let response: Response
  try {
    response = await fetch(`/api/v1${surveyApiPath(item.code)}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(item.body),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    })
  } catch {
    return { kind: 'retry' }
  }
  if (response.ok) return { kind: 'accepted' }
  if (response.status === 408 || response.status === 429 || response.status >= 500) return { kind: 'retry', status: response.status }
  const data = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null
  return { kind: 'rejected', status: response.status, message: data?.error?.message ?? response.statusText, fields: data?.error?.fields ?? {} }
}

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
    await this.db.put('queue', { clientId: body.clientId, code, body, queuedAt: now, attempts: 0, rateLimited: 0, nextAttemptAt: now })
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
      let outcome = await this.send(item)
      if (outcome.kind === 'retry' && outcome.status === 429 && item.rateLimited + 1 >= MAX_RATE_LIMITED) {
        outcome = { kind: 'rejected', status: 429, message: 'refused by the kiosk interval', fields: {} }
      }
      outcomes.set(item.clientId, outcome)
      if (outcome.kind === 'accepted') {
        await this.db.delete('queue', item.clientId)
      } else if (outcome.kind === 'rejected') {
        const tx = this.db.transaction(['queue', 'meta'], 'readwrite')
        const rejected = (await tx.objectStore('meta').get('rejected')) ?? 0
        await Promise.all([tx.objectStore('queue').delete(item.clientId), tx.objectStore('meta').put(rejected + 1, 'rejected'), tx.done])
      } else {
        const attempts = item.attempts + 1
        await this.db.put('queue', {
          ...item,
          attempts,
          rateLimited: outcome.status === 429 ? item.rateLimited + 1 : 0,
          nextAttemptAt: this.now() + retryDelay(attempts),
        })
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
    refresh: async () => onStatus(await outbox.status()),
    stop() {
      stopped = true
      clearTimeout(timer)
      window.removeEventListener('online', onOnline)
    },
  }
}
