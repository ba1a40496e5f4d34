/**
 * Counts failed logins per key (an account's email, a client address) in memory, for one
 * node: after `maxFailures` within `windowMs` the key is locked until the oldest failure
 * in the window ages out.
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until every key is allowed again; 0 when none is locked. */
  retryAfterSeconds(keys: string[]): number {
    const now = this.now()
    let waitMs = 0
    for (const key of keys) {
      const recent = this.recent(key, now)
      if (recent.length >= this.maxFailures) waitMs = Math.max(waitMs, recent[0]! + this.windowMs - now)
    }
    return Math.ceil(waitMs / 1000)
  }

  recordFailure(keys: string[]): void {
    const now = this.now()
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now].slice(-this.maxFailures))
    // Keep memory bounded under a spray of different emails or addresses.
    if (this.failures.size > 10_000) {
      for (const [key] of this.failures) if (this.recent(key, now).length === 0) this.failures.delete(key)
    }
  }

  reset(key: string): void {
    this.failures.delete(key)
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs)
  }
}
