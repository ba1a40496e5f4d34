import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import { deleteLoginFailures } from './login-failures/delete-login-failures'
import { insertLoginFailures } from './login-failures/insert-login-failures'
import { recentLoginFailures } from './login-failures/recent-login-failures'

/**
 * How long until every key is allowed again, 0 when none is locked: a key with `maxFailures`
 * failures within `windowMs` of `now` is locked until the oldest of its latest `maxFailures` ages
 * out. `failures` are the keys' failure times (any order, any age).
 */
export function lockedForMs(failures: Iterable<number[]>, maxFailures: number, windowMs: number, now: number): number {
  let waitMs = 0
  for (const times of failures) {
    const recent = times.filter((at) => at > now - windowMs).sort((a, b) => a - b)
    if (recent.length >= maxFailures) waitMs = Math.max(waitMs, recent[recent.length - maxFailures]! + windowMs - now)
  }
  return waitMs
}

/** The admin login and a field device's login count failures together: they check the same accounts. */
export const LOGIN_SCOPE = 'login'

const keyHash = (key: string) => createHash('sha256').update(key).digest('hex')

/**
 * Counts failed logins per key (an account's email, a client address) in the database, so that
 * every app node counts the same failures: after `maxFailures` within `windowMs` the key is locked
 * until the oldest failure in the window ages out. Keys are stored as SHA-256 hashes, one row per
 * failure (two nodes counting at once never lose one), and deleted once older than the window.
 * `scope` keeps limiters with their own budgets apart (the logins, the follow-up page's codes).
 */
export class LoginRateLimiter {
  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly scope: string,
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until every key is allowed again; 0 when none is locked. */
  async retryAfterSeconds(keys: string[]): Promise<number> {
    const now = this.now()
    const rows = await recentLoginFailures(this.db, this.scope, keys.map(keyHash), new Date(now - this.windowMs))
    const byKey = new Map<string, number[]>()
    for (const row of rows) byKey.set(row.key_hash, [...(byKey.get(row.key_hash) ?? []), row.failed_at.getTime()])
    return Math.ceil(lockedForMs(byKey.values(), this.maxFailures, this.windowMs, now) / 1000)
  }

  async recordFailure(keys: string[]): Promise<void> {
    const now = this.now()
    await insertLoginFailures(this.db, this.scope, keys.map(keyHash), new Date(now), new Date(now - this.windowMs))
  }

  async reset(key: string): Promise<void> {
    await deleteLoginFailures(this.db, this.scope, keyHash(key))
  }
}
