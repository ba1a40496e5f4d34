import { describe, expect, it } from 'vitest'
import { computeUnitIndices, criterionEstimate, pointsGrade, shareEstimate } from '../../server/indices/compute/compute-unit-indices'
import { wilson } from '../../server/indices/compute/intervals'
import { rankUnits } from '../../server/indices/compute/rank-units'
import { respondentFacts } from '../../server/indices/compute/respondent-facts'
import { type ScoringPlan, scoringPlan } from '../../server/indices/compute/scoring'
import { addFact, addMoment, emptyUnitRollup, type UnitRollup } from '../../server/indices/compute/unit-rollup'
import { onestop2018, sipas2017 } from '../../shared/questionnaires/templates'
import { smallSipasDefinition } from '../helpers/fixtures'
import { knownExpected, knownResponses } from '../helpers/indices-dataset'
import { type TestResponse, times } from '../helpers/indices-responses'

function rollupOf(plan: ScoringPlan, responses: TestResponse[]): UnitRollup {
  const rollup = emptyUnitRollup()
  for (const r of responses) {
    const { facts, sums } = respondentFacts(plan, { answers: r.answers, overall: r.overall ?? null, expectations: r.expectations ?? [] })
    facts.forEach((f) => addFact(rollup, f))
    sums.forEach((s) => addMoment(rollup, s))
  }
  return rollup
}

const sipasPlan = scoringPlan('share45', smallSipasDefinition)

describe('Wilson interval', () => {
  it('matches published values', () => {
    // 30/40: [0.5981, 0.8581]; 0/10: [0, 0.2775]; 10/10: [0.7225, 1] (Newcombe 1998, method 3)
    const a = wilson(30, 40)!
    expect(a.low).toBeCloseTo(0.5981, 4)
    expect(a.high).toBeCloseTo(0.8581, 4)
    expect(wilson(0, 10)!.low).toBe(0)
    expect(wilson(0, 10)!.high).toBeCloseTo(0.2775, 4)
    expect(wilson(10, 10)!.low).toBeCloseTo(0.7225, 4)
    expect(wilson(10, 10)!.high).toBeCloseTo(1, 12)
    expect(wilson(0, 0)).toBeNull()
  })
})

describe('SIPAS indices (share of 4–5) of a data set known in advance', () => {
  const result = computeUnitIndices(sipasPlan, rollupOf(sipasPlan, knownResponses))
  const criterion = (key: string) => result.criteria.find((c) => c.key === key)!
  const element = (key: string) => result.elements.find((e) => e.key === key)!

  it('counts respondents and valid answers', () => {
    expect(result.n).toBe(knownExpected.respondents)
    expect(result.sipas.n).toBe(knownExpected.scored)
  })

  it('gives each criterion the share of 4–5 among valid answers, with its Wilson interval', () => {
    for (const [key, expected] of Object.entries(knownExpected.criteria)) {
      expect(criterion(key).value).toBeCloseTo(expected.value, 10)
      expect(criterion(key).n).toBe(expected.n)
    }
    expect(criterion('staff.polite').ciLow).toBeCloseTo(knownExpected.criteria['staff.polite'].ciLow, 2)
    expect(criterion('staff.polite').ciHigh).toBeCloseTo(knownExpected.criteria['staff.polite'].ciHigh, 2)
    expect(criterion('staff.polite').indicative).toBe(false)
    expect(criterion('feedback.easy').indicative).toBe(true)
  })

  it('gives each element the mean of its criteria, with the linearised interval', () => {
    expect(element('staff').value).toBeCloseTo(knownExpected.elements.staff.value, 10)
    expect(element('staff').n).toBe(40)
    expect(element('staff').ciLow).toBeCloseTo(knownExpected.elements.staff.ciLow, 8)
    expect(element('staff').ciHigh).toBeCloseTo(knownExpected.elements.staff.ciHigh, 8)
    // A one-criterion element is that criterion: 9/12 with its Wilson interval, indicative.
    const wilson9of12 = wilson(9, 12)!
    expect(element('feedback')).toMatchObject({ value: 75, n: 12, indicative: true })
    expect(element('feedback').ciLow).toBeCloseTo(100 * wilson9of12.low, 10)
  })

  it('gives the unit the mean of its elements, with the interval over respondents', () => {
    expect(result.sipas.value).toBeCloseTo(knownExpected.sipas.value, 10)
    expect(result.sipas.ciLow).toBeCloseTo(knownExpected.sipas.ciLow, 8)
    expect(result.sipas.ciHigh).toBeCloseTo(knownExpected.sipas.ciHigh, 8)
    expect(result.sipas.indicative).toBe(false)
    expect(result.elementsWithoutData).toEqual([])
  })

  it('gives overall-satisfaction and expectation shares', () => {
    expect(result.overall.value).toBeCloseTo(knownExpected.overall.value, 10)
    expect(result.overall.n).toBe(knownExpected.overall.n)
    expect(Object.fromEntries(result.expectations.map((e) => [e.key, e.share]))).toEqual(knownExpected.expectations)
  })

  it('reports an element without data and averages the others', () => {
    const noFeedback = knownResponses.map((r) => ({ ...r, answers: { ...r.answers, 'feedback.easy': null } }))
    const r = computeUnitIndices(sipasPlan, rollupOf(sipasPlan, noFeedback))
    expect(r.elementsWithoutData).toEqual(['feedback'])
    expect(r.elements.find((e) => e.key === 'feedback')).toMatchObject({ value: null, n: 0, ciLow: null })
    expect(r.sipas.value).toBeCloseTo(70, 10)
    // With one element the unit's interval is that element's.
    expect(r.sipas.ciLow).toBeCloseTo(knownExpected.elements.staff.ciLow, 8)
  })

  it('marks fewer than 30 valid answers as indicative and has no figure without answers', () => {
    const few = computeUnitIndices(sipasPlan, rollupOf(sipasPlan, knownResponses.slice(0, 29)))
    expect(few.sipas.indicative).toBe(true)
    const none = computeUnitIndices(sipasPlan, emptyUnitRollup())
    expect(none.sipas).toEqual({ value: null, n: 0, ciLow: null, ciHigh: null, indicative: true })
  })

  it('agrees with a Monte Carlo spread of the index when every respondent answers every criterion', () => {
    // Resampling respondents of the known set (bootstrap): the standard deviation of the
    // bootstrap indices must be close to the linearised standard error.
    const complete = knownResponses.filter((r) => r.answers['staff.polite'] != null)
    let state = 7
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648), state / 2147483648)
    const values: number[] = []
    for (let b = 0; b < 400; b++) {
      const sample = complete.map(() => complete[Math.floor(next() * complete.length)]!)
      values.push(computeUnitIndices(sipasPlan, rollupOf(sipasPlan, sample)).elements[0]!.value!)
    }
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1))
    const se = (knownExpected.elements.staff.ciHigh - knownExpected.elements.staff.ciLow) / (2 * 1.959964)
    expect(Math.abs(sd - se) / se).toBeLessThan(0.15)
  })
})

describe('intervals of element and unit indices at small n', () => {
  const plan = scoringPlan('share45', sipas2017.definition)
  const keys = plan.elements.flatMap((e) => e.criteria)

  it('keep their promised 95% coverage below 30 respondents (simulated, seeded), where the normal interval fell to 62%', () => {
    // A population where a person's answers move together: 85% are content (each answer
    // satisfied with probability 0.97), 15% are not (0.3). True index 0.85·97 + 0.15·30.
    const truth = 0.85 * 97 + 0.15 * 30
    let state = 11
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648), state / 2147483648)
    for (const n of [6, 10, 20]) {
      let covered = 0
      const runs = 600
      for (let run = 0; run < runs; run++) {
        const sample = Array.from({ length: n }, () => {
          const content = next() < 0.85
          return { answers: Object.fromEntries(keys.map((k) => [k, next() < (content ? 0.97 : 0.3) ? 5 : 2])) }
        })
        const { sipas } = computeUnitIndices(plan, rollupOf(plan, sample))
        if (sipas.ciLow! <= truth && truth <= sipas.ciHigh!) covered++
      }
      expect(covered / runs, `n = ${n}`).toBeGreaterThan(0.9)
    }
  })

  it('give a unanimous handful a wide interval, not a point', () => {
    const unanimous = computeUnitIndices(plan, rollupOf(plan, times(6, { answers: Object.fromEntries(keys.map((k) => [k, 5])) })))
    expect(unanimous.sipas).toMatchObject({ value: 100, n: 6, indicative: true, ciHigh: 100 })
    expect(unanimous.sipas.ciLow!).toBeLessThan(75)
    expect(unanimous.elements[0]!.ciLow!).toBeLessThan(75)
  })
})

describe('ranking units', () => {
  it('places reliable units by index (ties share a place) and leaves indicative or empty ones unplaced', () => {
    const e = (value: number | null, n: number) => ({ value, n, ciLow: null, ciHigh: null, indicative: n < 30 })
    expect(rankUnits([e(72.5, 40), e(100, 6), e(80, 200), e(72.5, 90), e(null, 0), e(60, 30)])).toEqual([2, null, 1, 2, null, 4])
  })
})

describe('one-stop desk method (points)', () => {
  const plan = scoringPlan('points', onestop2018.definition)
  const indicators = plan.elements.flatMap((e) => e.criteria)
  const all = (points: number) => Object.fromEntries(indicators.map((k) => [k, points]))

  it('gives mean points per indicator, the total out of 18 with its grade, and the satisfied share as the index', () => {
    // 10 citizens: all give 2 points everywhere except the first indicator, where 5 give 0.
    // Indicator 1: mean (5·0 + 5·2)/10 = 1, sd √(10/9), se √(10/9)/√10 = 1/3.
    // Total = 1 + 8·2 = 17 > 15: excellent. Overall: 7 of 10 satisfied (values 2, 3).
    const responses = [
      ...times(5, { answers: { ...all(2), [indicators[0]!]: 0 }, overall: 1 }),
      ...times(2, { answers: all(2), overall: 2 }),
      ...times(3, { answers: all(2), overall: 3 }),
    ]
    responses[0]!.overall = 2
    responses[1]!.overall = 2
    const r = computeUnitIndices(plan, rollupOf(plan, responses))
    expect(indicators).toHaveLength(9)
    expect(r.points!.perIndicator[0]).toMatchObject({ key: indicators[0], value: 1, n: 10, indicative: true })
    expect(r.points!.perIndicator[0]!.ciLow).toBeCloseTo(1 - 1.959964 / 3, 5)
    expect(r.points!.perIndicator[0]!.ciHigh).toBeCloseTo(1 + 1.959964 / 3, 5)
    expect(r.points!.perIndicator[1]).toMatchObject({ value: 2, ciLow: 2, ciHigh: 2 })
    expect(r.points).toMatchObject({ total: 17, max: 18, grade: 'excellent' })
    expect(r.sipas.value).toBeCloseTo(70, 10)
    expect(r.sipas).toEqual(r.overall)
    expect(shareEstimate(7, 10)).toEqual(r.sipas)
  })

  it('grades totals at explicit boundaries', () => {
    expect(pointsGrade(18)).toBe('excellent')
    expect(pointsGrade(15.01)).toBe('excellent')
    expect(pointsGrade(15)).toBe('good')
    expect(pointsGrade(12)).toBe('good')
    expect(pointsGrade(11.99)).toBe('fair')
    expect(pointsGrade(9)).toBe('fair')
    expect(pointsGrade(8.99)).toBe('average')
    expect(pointsGrade(6)).toBe('average')
    expect(pointsGrade(5.99)).toBe('weak')
    expect(pointsGrade(0)).toBe('weak')
    // Another maximum is scaled to 18 first: 10 of 12 is 15 of 18.
    expect(pointsGrade(10, 12)).toBe('good')
  })

  it('has no total while an indicator has no answer, and no interval from a single answer', () => {
    const r = computeUnitIndices(plan, rollupOf(plan, [{ answers: { ...all(2), [indicators[3]!]: null }, overall: 3 }]))
    expect(r.points).toMatchObject({ total: null, grade: null })
    expect(criterionEstimate(plan, new Map([[2, 1]]))).toEqual({ value: 2, n: 1, ciLow: null, ciHigh: null, indicative: true })
  })
})
