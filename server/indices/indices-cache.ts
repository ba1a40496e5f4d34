import { type CachedBody, cachedBody } from '../http/cached-body'

interface Entry {
  version: string
  body: Promise<CachedBody>
  /** Approximate memory held, known once the body is made. */
  bytes: number
}

/**
 * The computed figures of campaigns (indices, breakdowns, timelines) in this process, one
 * entry per slot — what was asked: campaign, units in the reader's scope, filters — holding
 * the body of one version of the campaign (`loadIndicesVersion`). A newer version replaces
 * the entry; the least recently read entries go when the bodies exceed `maxBytes`.
 * Concurrent readers of a missing entry share one computation.
 */
export class IndicesCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  get(slot: string, version: string, compute: () => Promise<string>): Promise<CachedBody> {
    const found = this.entries.get(slot)
    if (found?.version === version) {
      this.entries.delete(slot)
      this.entries.set(slot, found)
      return found.body
    }
    if (found) this.remove(slot)
    const entry: Entry = { version, body: compute().then(cachedBody), bytes: 0 }
    this.entries.set(slot, entry)
    entry.body.then(
      (made) => {
        if (this.entries.get(slot) !== entry) return
        // V8 keeps text with Vietnamese letters two bytes a character.
        entry.bytes = made.body.length * 2 + made.gzipped.length
        this.bytes += entry.bytes
        for (const [oldest] of this.entries) {
          if (this.bytes <= this.maxBytes || oldest === slot) break
          this.remove(oldest)
        }
      },
      () => {
        if (this.entries.get(slot) === entry) this.entries.delete(slot)
      },
    )
    return entry.body
  }

  private remove(slot: string): void {
    this.bytes -= this.entries.get(slot)!.bytes
    this.entries.delete(slot)
  }
}
