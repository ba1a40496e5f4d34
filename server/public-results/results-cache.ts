import { type CachedBody, cachedBody } from '../http/cached-body'

const MAX_ENTRIES = 500
/** How long which campaigns are published is trusted without asking the database. */
const STATE_TTL_MS = 5000

/**
 * The published results and their rendered pages and files, in this process. Keys carry the
 * campaign's publication version and last change, so a stale entry is never read; `forget()`
 * (publish, withdraw, a unit's note, a change to a campaign) drops everything at once, which
 * costs a recomputation of what readers ask for next and keeps the cache from growing.
 * Concurrent readers of a missing entry share one computation. Which campaigns are published
 * is itself kept for a few seconds (`state`), so that a crowd of readers does not queue
 * behind the answers for the database.
 */
export class PublicResultsCache {
  private readonly entries = new Map<string, Promise<unknown>>()
  private readonly states = new Map<string, { until: number; value: Promise<unknown> }>()

  /** A lookup of the publication state, reused for a few seconds. */
  state<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const found = this.states.get(key)
    if (found && found.until > now) return found.value as Promise<T>
    const value = load()
    this.states.set(key, { until: now + STATE_TTL_MS, value })
    value.catch(() => this.states.delete(key))
    return value
  }

  get<T>(key: string, build: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key)
    if (found) return found as Promise<T>
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
    const pending = build()
    this.entries.set(key, pending)
    pending.catch(() => this.entries.delete(key))
    return pending
  }

  /** A rendered body with its gzipped copy and its ETag, built once per key. */
  body(key: string, render: () => Promise<string>): Promise<CachedBody> {
    return this.get(key, async () => cachedBody(await render()))
  }

  forget(): void {
    this.entries.clear()
    this.states.clear()
  }
}
