import type { ValidatedAnswers } from './validate-submission'

// Bounds on what one link remembers: answer sets (the least recently seen are forgotten
// first) and times per answer set (the latest).
const MAX_SIGNATURES_PER_LINK = 1000
const MAX_TIMES_PER_SIGNATURE = 100

/** The answer set without order: two responses with the same signature answered alike. */
function signature(content: ValidatedAnswers): string {
  const answers = Object.entries(content.answers).sort(([a], [b]) => (a < b ? -1 : 1))
  return JSON.stringify([answers, content.overall])
}

/**
 * Flags bursts: when `minIdentical` responses with identical answers come from one link
 * within `windowMs` (by the time they were answered), the one that completes the run and
 * every further one are flagged. Flagged responses are kept and counted, never dropped.
 * Memory only: after a restart a burst starts counting again, which errs on not flagging.
 */
export class BurstDetector {
  /** link → answer set → times it was answered */
  private readonly recent = new Map<number, Map<string, number[]>>()

  constructor(
    private readonly minIdentical: number,
    private readonly windowMs: number,
  ) {}

  /** Remembers an accepted response and tells whether it belongs to a burst. */
  record(linkId: number, answeredAt: Date, content: ValidatedAnswers): boolean {
    if (this.minIdentical < 2 || Object.values(content.answers).every((v) => v === null)) return false
    const at = answeredAt.getTime()
    const sig = signature(content)
    let bySignature = this.recent.get(linkId)
    if (!bySignature) this.recent.set(linkId, (bySignature = new Map()))
    const times = (bySignature.get(sig) ?? []).filter((t) => Math.abs(at - t) <= this.windowMs)
    const identical = times.length
    times.push(at)
    bySignature.delete(sig)
    bySignature.set(sig, times.slice(-MAX_TIMES_PER_SIGNATURE))
    if (bySignature.size > MAX_SIGNATURES_PER_LINK) bySignature.delete(bySignature.keys().next().value!)
    return identical + 1 >= this.minIdentical
  }
}
