import type { SurveyLinkRow } from './find-survey-link'

/** Past this many codes, expired entries are swept before another is added. */
const MAX_ENTRIES = 10_000

/**
 * The link, campaign and agency behind each survey code, kept for a few seconds: every
 * answer needs them, and reading them was a database round trip per answer. Whatever
 * changes them on this server (revoking a link, editing a campaign or an agency) calls
 * `forget()`; another server process sees the change within `ttlMs` (0 keeps nothing). Unknown
 * codes are not kept, so random codes cannot fill the memory.
 */
export class SurveyLinkCache {
  private readonly entries = new Map<string, { row: SurveyLinkRow; until: number }>()

  constructor(private readonly ttlMs: number) {}

  async get(code: string, load: () => Promise<SurveyLinkRow | undefined>): Promise<SurveyLinkRow | undefined> {
    const now = Date.now()
    const entry = this.entries.get(code)
    if (entry && entry.until > now) return entry.row
    const row = await load()
    if (row && this.ttlMs > 0) {
      if (this.entries.size >= MAX_ENTRIES) this.dropExpired(now)
      this.entries.set(code, { row, until: now + this.ttlMs })
    } else this.entries.delete(code)
    return row
  }

  private dropExpired(now: number): void {
    for (const [code, entry] of this.entries) if (entry.until <= now) this.entries.delete(code)
  }

  forget(): void {
    this.entries.clear()
  }
}
