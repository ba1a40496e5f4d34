import type { ValidatedAnswers } from './validate-submission'

// Bounds on what one source (a link, or an interviewing surveyor) remembers: answer sets (the
// least recently seen are forgotten first) and sightings per answer set (the latest).
const MAX_SIGNATURES_PER_SOURCE = 1000
const MAX_SIGHTINGS_PER_SIGNATURE = 100

/** One answer as the detector remembers it, on both clocks. */
export interface Sighting {
  clientId: string
  /** The device's time, bounded by the server's (see answer-clock). */
  answeredAt: number
  /** When the server received it. */
  receivedAt: number
}

/** The answer set without order: two responses with the same signature answered alike. */
function signature(content: ValidatedAnswers): string {
  const answers = Object.entries(content.answers).sort(([a], [b]) => (a < b ? -1 : 1))
  return JSON.stringify([answers, content.overall])
}

/**
 * Flags bursts: when `minIdentical` responses with identical answers come from one link (or one surveyor)
 * within `windowMs` on either clock (when they were answered, by the device, or received,
 * by the server), the one that completes the run and every further one are flagged. Both
 * clocks, because a device's dates can be spread apart by a forger and its sending can be
 * bunched by an offline queue. Flagged responses are kept and counted, never dropped.
 * Memory only: after a restart a burst starts counting again, which errs on not flagging.
 */
export class BurstDetector {
  /** source (a link, or a surveyor) → answer set → its sightings */
  private readonly recent = new Map<string, Map<string, Sighting[]>>()

  constructor(
    private readonly minIdentical: number,
    private readonly windowMs: number,
  ) {}

  /**
   * Remembers an answer and tells whether it belongs to a burst. Recording the same
   * clientId again (a batch written again row by row) replaces its sighting.
   */
  record(source: string, sighting: Sighting, content: ValidatedAnswers): boolean {
    if (this.minIdentical < 2 || Object.values(content.answers).every((v) => v === null)) return false
    const sig = signature(content)
    let bySignature = this.recent.get(source)
    if (!bySignature) this.recent.set(source, (bySignature = new Map()))
    const near = (other: Sighting, clock: 'answeredAt' | 'receivedAt') => Math.abs(other[clock] - sighting[clock]) <= this.windowMs
    const others = (bySignature.get(sig) ?? []).filter((s) => s.clientId !== sighting.clientId && (near(s, 'answeredAt') || near(s, 'receivedAt')))
    const inBurst = (clock: 'answeredAt' | 'receivedAt') => others.filter((s) => near(s, clock)).length + 1 >= this.minIdentical
    bySignature.delete(sig)
    bySignature.set(sig, [...others, sighting].slice(-MAX_SIGHTINGS_PER_SIGNATURE))
    if (bySignature.size > MAX_SIGNATURES_PER_SOURCE) bySignature.delete(bySignature.keys().next().value!)
    return inBurst('answeredAt') || inBurst('receivedAt')
  }
}
