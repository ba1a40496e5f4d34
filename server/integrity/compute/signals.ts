import type { ChannelGap } from '../../../shared/indices/schemas'
import type { OpeningHours, Pace, Signal } from '../../../shared/integrity/schemas'
import {
  ALL_TOP_NOTABLE_SHARE,
  IDENTICAL_NOTABLE_SHARE,
  MIN_JUDGED_ANSWERS,
  OUTSIDE_HOURS_NOTABLE_COUNT,
  OUTSIDE_HOURS_NOTABLE_SHARE,
  PACE_NOTABLE_RATIO,
} from '../../../shared/integrity/thresholds'
import { answerHour, answerSetKey } from './flagged-listing'

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** An answer set and how many answers gave it (`verified` of them with a receipt code). */
export interface AnswerSet {
  answers: Record<string, number | null>
  overall: number | null
  n: number
  verified: number
}

/** The answers of one hour (`burst` of them flagged as a burst). */
export interface AnswerHour {
  hour: Date
  n: number
  burst: number
}

/** Whether an answer stored at this hour (the hour's start, kept to the hour) came outside opening hours, Viet Nam time. */
export function outsideOpeningHours(hour: Date, opening: OpeningHours): boolean {
  const local = new Date(hour.getTime() + VIETNAM_OFFSET_MS)
  const isoDay = ((local.getUTCDay() + 6) % 7) + 1
  const h = local.getUTCHours()
  return !opening.days.includes(isoDay) || h < opening.opensAt || h >= opening.closesAt
}

/** Opening hours between two Viet Nam dates, both included. */
export function openHoursBetween(startsOn: string, endsOn: string, opening: OpeningHours): number {
  let hours = 0
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= Date.parse(`${endsOn}T00:00:00Z`); t += DAY_MS) {
    const isoDay = ((new Date(t).getUTCDay() + 6) % 7) + 1
    if (opening.days.includes(isoDay)) hours += opening.closesAt - opening.opensAt
  }
  return hours
}

/** Every answered criterion (at least one) and the overall rating, when answered, at the top of their scales. */
export function allTop(set: Pick<AnswerSet, 'answers' | 'overall'>, topScale: number, topOverall: number | null): boolean {
  const given = Object.values(set.answers).filter((v) => v !== null)
  return given.length > 0 && given.every((v) => v === topScale) && (set.overall === null || topOverall === null || set.overall === topOverall)
}

const share = (count: number, total: number) => (total > 0 ? (100 * count) / total : null)
const judged = (total: number, notable: boolean) => (total < MIN_JUDGED_ANSWERS ? null : notable)

/**
 * The signals over the answers of one link or unit: outside opening hours, bursts,
 * identical answer sets (answers whose whole set another answer there repeats), all top
 * ratings, and the verified share (context, judged by no threshold).
 */
export function answerSignals(sets: AnswerSet[], hours: AnswerHour[], opening: OpeningHours, top: { scale: number; overall: number | null }): Signal[] {
  const total = sets.reduce((sum, s) => sum + s.n, 0)
  const outside = hours.filter((h) => outsideOpeningHours(h.hour, opening)).reduce((sum, h) => sum + h.n, 0)
  const burst = hours.reduce((sum, h) => sum + h.burst, 0)
  const repeated = sets.filter((s) => s.n > 1)
  const identical = repeated.reduce((sum, s) => sum + s.n, 0)
  const largest = Math.max(0, ...repeated.map((s) => s.n))
  const allTopCount = sets.filter((s) => allTop(s, top.scale, top.overall)).reduce((sum, s) => sum + s.n, 0)
  const verified = sets.reduce((sum, s) => sum + s.verified, 0)
  const outsideShare = share(outside, total)
  const identicalShare = share(identical, total)
  const allTopShare = share(allTopCount, total)
  return [
    {
      key: 'outsideHours',
      count: outside,
      total,
      share: outsideShare,
      notable: outside >= OUTSIDE_HOURS_NOTABLE_COUNT && (outsideShare ?? 0) >= OUTSIDE_HOURS_NOTABLE_SHARE,
    },
    { key: 'bursts', count: burst, total, share: share(burst, total), notable: burst > 0 },
    { key: 'identical', count: identical, total, share: identicalShare, notable: judged(total, (identicalShare ?? 0) >= IDENTICAL_NOTABLE_SHARE), largest },
    { key: 'allTop', count: allTopCount, total, share: allTopShare, notable: judged(total, (allTopShare ?? 0) >= ALL_TOP_NOTABLE_SHARE) },
    { key: 'verified', count: verified, total, share: share(verified, total), notable: null },
  ]
}

/**
 * A unit's answers against its desk's transactions N in the campaign's opening hours: the
 * busiest hour's answers beside the average transactions per opening hour. Notable when
 * that hour holds more than PACE_NOTABLE_RATIO times the average, or the answers outnumber N.
 */
export function paceAgainstTransactions(hours: AnswerHour[], transactions: number, openHours: number): Pace {
  const answers = hours.reduce((sum, h) => sum + h.n, 0)
  const perHour = new Map<number, number>()
  for (const h of hours) perHour.set(h.hour.getTime(), (perHour.get(h.hour.getTime()) ?? 0) + h.n)
  let busiest: [number, number] | null = null
  for (const entry of perHour) if (!busiest || entry[1] > busiest[1]) busiest = entry
  const transactionsPerHour = openHours > 0 ? transactions / openHours : null
  const busiestHourAnswers = busiest?.[1] ?? 0
  return {
    transactions,
    openHours,
    transactionsPerHour,
    answers,
    busiestHour: busiest ? answerHour(new Date(busiest[0])) : null,
    busiestHourAnswers,
    notable: answers > transactions || (transactionsPerHour !== null && busiestHourAnswers > PACE_NOTABLE_RATIO * transactionsPerHour),
  }
}

/** A kiosk well above another channel is worth a look when the whole interval of the gap lies above zero. */
export const gapNotable = (gap: ChannelGap) => gap.ciLow > 0

/** A unit's answer sets over all its links: the same set given at two links is one set of the unit. */
export function mergeAnswerSets(sets: AnswerSet[]): AnswerSet[] {
  const merged = new Map<string, AnswerSet>()
  for (const set of sets) {
    const key = answerSetKey(set)
    const existing = merged.get(key)
    merged.set(key, existing ? { ...existing, n: existing.n + set.n, verified: existing.verified + set.verified } : set)
  }
  return [...merged.values()]
}
