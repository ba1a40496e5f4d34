import { describe, expect, it } from 'vitest'
import { channelGap } from '../../server/indices/compute/channel-gap'
import { flaggedListing } from '../../server/integrity/compute/flagged-listing'
import { allTop, answerSignals, mergeAnswerSets, openHoursBetween, outsideOpeningHours, paceAgainstTransactions } from '../../server/integrity/compute/signals'
import type { FlaggedAnswerRow } from '../../server/integrity/queries/load-flagged-answers'
import { DEFAULT_OPENING_HOURS } from '../../shared/agencies/opening-hours'
import type { Estimate } from '../../shared/indices/schemas'

/** An instant at a Viet Nam date and hour. */
const vn = (day: string, hour: number) => new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 7) * 3600 * 1000)
const top = { scale: 5, overall: 5 }

describe('integrity signals', () => {
  it('judges opening hours on Viet Nam days and whole hours', () => {
    // 2026-03-02 is a Monday.
    expect(outsideOpeningHours(vn('2026-03-02', 7), DEFAULT_OPENING_HOURS)).toBe(false)
    expect(outsideOpeningHours(vn('2026-03-02', 16), DEFAULT_OPENING_HOURS)).toBe(false)
    expect(outsideOpeningHours(vn('2026-03-02', 17), DEFAULT_OPENING_HOURS)).toBe(true)
    expect(outsideOpeningHours(vn('2026-03-02', 6), DEFAULT_OPENING_HOURS)).toBe(true)
    expect(outsideOpeningHours(vn('2026-03-02', 22), DEFAULT_OPENING_HOURS)).toBe(true)
    // 1:00 on Monday in Viet Nam is still Sunday in UTC: judged on Viet Nam's day.
    expect(outsideOpeningHours(vn('2026-03-07', 9), DEFAULT_OPENING_HOURS)).toBe(true)
    expect(outsideOpeningHours(vn('2026-03-07', 9), { days: [6], opensAt: 7, closesAt: 11 })).toBe(false)
  })

  it('counts opening hours over a period, both ends included', () => {
    // Monday 2 to Sunday 8 March: five days of ten hours.
    expect(openHoursBetween('2026-03-02', '2026-03-08', DEFAULT_OPENING_HOURS)).toBe(50)
    expect(openHoursBetween('2026-03-07', '2026-03-07', { days: [6], opensAt: 7, closesAt: 11 })).toBe(4)
  })

  it('takes "all very satisfied" as every given answer and the overall rating at the top', () => {
    expect(allTop({ answers: { a: 5, b: 5, c: null }, overall: 5 }, 5, 5)).toBe(true)
    expect(allTop({ answers: { a: 5, b: 4 }, overall: 5 }, 5, 5)).toBe(false)
    expect(allTop({ answers: { a: 5 }, overall: 4 }, 5, 5)).toBe(false)
    expect(allTop({ answers: { a: null }, overall: 5 }, 5, 5)).toBe(false)
  })

  it('gives shares of answers outside hours, in bursts, in identical sets and all top, with the verified share as context', () => {
    const sets = [
      { answers: { a: 5, b: 5 }, overall: 5, n: 12, verified: 0 },
      { answers: { a: 3, b: 4 }, overall: 3, n: 1, verified: 1 },
      { answers: { a: 2, b: 4 }, overall: 3, n: 1, verified: 0 },
      { answers: { a: 4, b: 4 }, overall: 4, n: 2, verified: 1 },
    ]
    const hours = [
      { hour: vn('2026-03-02', 22), n: 12, burst: 10 },
      { hour: vn('2026-03-02', 9), n: 4, burst: 0 },
    ]
    const signals = Object.fromEntries(answerSignals(sets, hours, DEFAULT_OPENING_HOURS, top).map((s) => [s.key, s]))
    expect(signals.outsideHours).toEqual({ key: 'outsideHours', count: 12, total: 16, share: 75, notable: true })
    expect(signals.bursts).toEqual({ key: 'bursts', count: 10, total: 16, share: 62.5, notable: true })
    expect(signals.identical).toEqual({ key: 'identical', count: 14, total: 16, share: 87.5, notable: true, largest: 12 })
    expect(signals.allTop).toEqual({ key: 'allTop', count: 12, total: 16, share: 75, notable: true })
    expect(signals.verified).toEqual({ key: 'verified', count: 2, total: 16, share: 12.5, notable: null })
  })

  it('does not judge shares over fewer than ten answers, nor call two answers outside hours notable', () => {
    const sets = [{ answers: { a: 5 }, overall: 5, n: 4, verified: 0 }]
    const hours = [{ hour: vn('2026-03-02', 20), n: 2, burst: 0 }]
    const signals = Object.fromEntries(answerSignals(sets, hours, DEFAULT_OPENING_HOURS, top).map((s) => [s.key, s]))
    expect(signals.identical!.notable).toBeNull()
    expect(signals.allTop!.notable).toBeNull()
    expect(signals.outsideHours).toMatchObject({ count: 2, notable: false })
    expect(signals.bursts!.notable).toBe(false)
  })

  it('merges a unit’s identical sets across links', () => {
    const merged = mergeAnswerSets([
      { answers: { b: 4, a: 5 }, overall: 4, n: 2, verified: 1 },
      { answers: { a: 5, b: 4 }, overall: 4, n: 3, verified: 0 },
      { answers: { a: 5, b: 4 }, overall: 5, n: 1, verified: 0 },
    ])
    expect(merged.map((s) => [s.n, s.verified])).toEqual([
      [5, 1],
      [1, 0],
    ])
  })

  it('sets the busiest hour against transactions per opening hour', () => {
    const hours = [
      { hour: vn('2026-03-02', 9), n: 3, burst: 0 },
      { hour: vn('2026-03-02', 10), n: 9, burst: 0 },
    ]
    // 250 transactions over 50 opening hours: 5 an hour; 9 answers in one hour is under twice that.
    expect(paceAgainstTransactions(hours, 250, 50)).toEqual({
      transactions: 250,
      openHours: 50,
      transactionsPerHour: 5,
      answers: 12,
      busiestHour: '2026-03-02 10:00',
      busiestHourAnswers: 9,
      notable: false,
    })
    expect(paceAgainstTransactions(hours, 200, 50).notable).toBe(true)
    // More answers than transactions.
    expect(paceAgainstTransactions(hours, 10, 1).notable).toBe(true)
  })
})

describe('kiosk gap', () => {
  const estimate = (value: number, ciLow: number, ciHigh: number, n = 100): Estimate => ({ value, n, ciLow, ciHigh, indicative: n < 30 })

  it('takes the difference with an interval from both intervals, the samples independent', () => {
    const gap = channelGap('qr', estimate(90, 85, 95), estimate(70, 62, 78))!
    expect(gap.gap).toBe(20)
    const half = Math.hypot(5, 8)
    expect(gap.ciLow).toBeCloseTo(20 - half, 10)
    expect(gap.ciHigh).toBeCloseTo(20 + half, 10)
  })

  it('gives no gap when either index is indicative or has no value', () => {
    expect(channelGap('paper', estimate(90, 85, 95), estimate(70, 40, 90, 12))).toBeNull()
    expect(channelGap('paper', { value: null, n: 0, ciLow: null, ciHigh: null, indicative: true }, estimate(70, 62, 78))).toBeNull()
  })
})

describe('flagged listing', () => {
  const row = (id: number, over: Partial<FlaggedAnswerRow>): FlaggedAnswerRow => ({
    id,
    agency_id: 1,
    channel: 'kiosk',
    link_id: 7,
    link_label: 'Quầy 1',
    submitted_hour: vn('2026-03-02', 22),
    flag_reason: 'burst',
    answers: { a: 5 },
    overall: 5,
    review: null,
    review_reason: null,
    ...over,
  })
  const units = [
    { agencyId: 2, name: 'B' },
    { agencyId: 1, name: 'A' },
  ]

  it('numbers answers by unit and latest hour first, groups a burst and keeps ids on the server', () => {
    const rows = [
      row(101, {}),
      row(102, {}),
      row(103, { answers: { a: 4 } }),
      row(104, { submitted_hour: vn('2026-03-02', 9), flag_reason: 'too_frequent' }),
      row(105, { agency_id: 2, link_id: 8 }),
    ]
    let seed = 0
    const { answers, responseIds } = flaggedListing(rows, units, () => (seed = (seed * 7 + 3) % 11) / 11)
    expect(answers.map((a) => a.item)).toEqual([0, 1, 2, 3, 4])
    expect(answers.map((a) => a.unitName)).toEqual(['B', 'A', 'A', 'A', 'A'])
    expect(responseIds[0]).toBe(105)
    expect(responseIds[4]).toBe(104)
    expect(answers[4]).toMatchObject({ hour: '2026-03-02 09:00', reasons: ['too_frequent'], burst: null })
    // 101 and 102 share link, hour and answer set: one burst; 103 differs and 105 is alone at its unit.
    const burstOf = (id: number) => answers[responseIds.indexOf(id)]!.burst
    expect(burstOf(101)).toBe(burstOf(102))
    expect(burstOf(101)).not.toBeNull()
    expect(burstOf(103)).toBeNull()
    expect(burstOf(105)).toBeNull()
    expect(JSON.stringify(answers)).not.toMatch(/10[1-5]/)
  })
})
