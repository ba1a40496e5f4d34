import type { ValidatedAnswers } from './validate-submission'

interface Seen {
  at: number
  signature: string
}

const MAX_REMEMBERED_PER_LINK = 1000

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
  private readonly recent = new Map<number, Seen[]>()

  constructor(
    private readonly minIdentical: number,
    private readonly windowMs: number,
  ) {}

  /** Remembers an accepted response and tells whether it belongs to a burst. */
  record(linkId: number, answeredAt: Date, content: ValidatedAnswers): boolean {
    if (this.minIdentical < 2 || Object.values(content.answers).every((v) => v === null)) return false
    const at = answeredAt.getTime()
    const sig = signature(content)
    const seen = (this.recent.get(linkId) ?? []).filter((s) => Math.abs(at - s.at) <= this.windowMs || s.at > at)
    const identical = seen.filter((s) => s.signature === sig && Math.abs(at - s.at) <= this.windowMs).length
    seen.push({ at, signature: sig })
    this.recent.set(linkId, seen.slice(-MAX_REMEMBERED_PER_LINK))
    return identical + 1 >= this.minIdentical
  }
}
