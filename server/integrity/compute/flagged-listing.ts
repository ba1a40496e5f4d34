import { formatVietnamTime, vietnamDate } from '../../../shared/calendar/vietnam-time'
import type { FlaggedAnswer } from '../../../shared/integrity/review'
import type { FlaggedAnswerRow } from '../queries/load-flagged-answers'

/**
 * Orders flagged answers for review — by unit (in the order given), then hour, latest
 * first — and numbers them: an answer's number is its only id outside the server. Answers
 * of one hour are shuffled (`random`), so the numbers do not tell the order they arrived
 * in. A burst is the answers flagged as one (reason `burst`) at the same unit and link (or
 * channel, without a link), in the same hour, with the same answer set.
 */
export function flaggedListing(
  rows: FlaggedAnswerRow[],
  units: { agencyId: number; name: string }[],
  random: () => number,
): { answers: FlaggedAnswer[]; responseIds: number[] } {
  const unitOrder = new Map(units.map((u, i) => [u.agencyId, i]))
  const names = new Map(units.map((u) => [u.agencyId, u.name]))
  const keyed = rows.map((row) => ({ row, shuffle: random() }))
  keyed.sort(
    (a, b) =>
      unitOrder.get(a.row.agency_id)! - unitOrder.get(b.row.agency_id)! ||
      b.row.submitted_hour.getTime() - a.row.submitted_hour.getTime() ||
      a.shuffle - b.shuffle,
  )
  const burstKey = (row: FlaggedAnswerRow) =>
    reasonsOf(row).includes('burst') ? [row.agency_id, row.link_id ?? row.channel, row.submitted_hour.getTime(), answerSetKey(row)].join('\u0001') : null
  const burstSizes = new Map<string, number>()
  for (const { row } of keyed) {
    const key = burstKey(row)
    if (key) burstSizes.set(key, (burstSizes.get(key) ?? 0) + 1)
  }
  const burstIds = new Map<string, number>()
  const answers = keyed.map(({ row }, item): FlaggedAnswer => {
    const key = burstKey(row)
    let burst: number | null = null
    if (key && burstSizes.get(key)! > 1) {
      if (!burstIds.has(key)) burstIds.set(key, burstIds.size + 1)
      burst = burstIds.get(key)!
    }
    return {
      item,
      burst,
      agencyId: row.agency_id,
      unitName: names.get(row.agency_id) ?? '',
      channel: row.channel,
      linkLabel: row.link_label,
      hour: answerHour(row.submitted_hour),
      reasons: reasonsOf(row),
      answers: row.answers,
      overall: row.overall,
      decision: row.review,
      decisionReason: row.review_reason,
    }
  })
  return { answers, responseIds: keyed.map(({ row }) => row.id) }
}

/** `YYYY-MM-DD HH:00`, Viet Nam time: an answer's stored hour, nothing finer. */
export const answerHour = (at: Date) => `${vietnamDate(at)} ${formatVietnamTime(at)}`

export const reasonsOf = (row: { flag_reason: string | null }) => (row.flag_reason ? row.flag_reason.split(',').filter((r) => r !== '') : [])

/** The answer set as one comparable string: criterion answers in key order, then the overall rating. */
export function answerSetKey(row: { answers: Record<string, number | null>; overall: number | null }): string {
  return `${Object.keys(row.answers)
    .sort()
    .map((k) => `${k}=${row.answers[k]}`)
    .join('&')}|${row.overall}`
}
