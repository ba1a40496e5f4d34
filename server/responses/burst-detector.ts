import { createHash } from 'node:crypto'
import type { ValidatedAnswers } from './validate-submission'

/** One answer as the detector sees it, on both clocks. */
export interface Sighting {
  /** The device's time, bounded by the server's (see answer-clock). */
  answeredAt: number
  /** When the server received it. */
  receivedAt: number
}

/** An answer's sighting: from one link (or one surveyor), with one answer set. */
export interface SourcedSighting extends Sighting {
  source: string
  signature: string
}

/**
 * The answer set without order, hashed: two responses with the same signature answered alike.
 * null when it is not counted (every criterion unanswered).
 */
export function burstSignature(content: ValidatedAnswers): string | null {
  if (Object.values(content.answers).every((v) => v === null)) return null
  const answers = Object.entries(content.answers).sort(([a], [b]) => (a < b ? -1 : 1))
  return createHash('sha256')
    .update(JSON.stringify([answers, content.overall]))
    .digest('base64url')
}

/**
 * Flags bursts: when `minIdentical` responses with identical answers come from one link (or one surveyor)
 * within `windowMs` on either clock (when they were answered, by the device, or received,
 * by the server), the one that completes the run and every further one are flagged. Both
 * clocks, because a device's dates can be spread apart by a forger and its sending can be
 * bunched by an offline queue. Flagged responses are kept and counted, never dropped.
 *
 * Judges `fresh` in order against the `seen` sightings (stored by any node, see
 * burst-sightings/) and the fresh ones before it; returns whether each is in a burst.
 */
export function judgeBursts(seen: SourcedSighting[], fresh: SourcedSighting[], minIdentical: number, windowMs: number): boolean[] {
  const recent = new Map<string, Sighting[]>()
  const sightingsOf = (s: SourcedSighting) => {
    const key = `${s.source}\n${s.signature}`
    let same = recent.get(key)
    if (!same) recent.set(key, (same = []))
    return same
  }
  for (const s of seen) sightingsOf(s).push(s)
  return fresh.map((sighting) => {
    const same = sightingsOf(sighting)
    const inBurst = (clock: keyof Sighting) => same.filter((s) => Math.abs(s[clock] - sighting[clock]) <= windowMs).length + 1 >= minIdentical
    const flagged = minIdentical >= 2 && (inBurst('answeredAt') || inBurst('receivedAt'))
    same.push(sighting)
    return flagged
  })
}
