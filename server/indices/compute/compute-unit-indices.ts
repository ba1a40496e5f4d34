import { type Estimate, type Grade, type KeyedEstimate, MIN_RELIABLE_N, type UnitIndices } from '../../../shared/indices/schemas'
import { normalInterval, t95, wilson, Z95 } from './intervals'
import { answerScore, type ScoringPlan } from './scoring'
import { momentKey, type UnitRollup } from './unit-rollup'

export type ComputedIndices = Omit<UnitIndices, 'agencyId' | 'name' | 'flagged' | 'rank'>

const noData = (n = 0): Estimate => ({ value: null, n, ciLow: null, ciHigh: null, indicative: true })

function estimate(value: number, n: number, interval: { low: number; high: number } | null): Estimate {
  return { value, n, ciLow: interval?.low ?? null, ciHigh: interval?.high ?? null, indicative: n < MIN_RELIABLE_N }
}

/** Share (0–100) of `satisfied` among `n`, with its Wilson interval. */
export function shareEstimate(satisfied: number, n: number): Estimate {
  if (n === 0) return noData()
  const interval = wilson(satisfied, n)!
  return estimate((100 * satisfied) / n, n, { low: 100 * interval.low, high: 100 * interval.high })
}

/** Sum of scores, number of valid answers and sum of squared scores of one criterion. */
function criterionTotals(plan: ScoringPlan, counts: Map<number, number> | undefined) {
  let y = 0
  let m = 0
  let yy = 0
  for (const [value, n] of counts ?? []) {
    const score = answerScore(plan, value)
    if (score === null) continue
    y += score * n
    yy += score * score * n
    m += n
  }
  return { y, m, yy }
}

const scaleBounds = (plan: ScoringPlan) =>
  plan.scoring === 'points' ? { min: Math.min(...plan.scaleValues), max: Math.max(...plan.scaleValues), factor: 1 } : { min: 0, max: 100, factor: 100 }

/**
 * Criterion index: share45 → share of 4–5 among valid answers, Wilson interval;
 * points → mean points, normal interval of the mean (none below 2 answers).
 */
export function criterionEstimate(plan: ScoringPlan, counts: Map<number, number> | undefined): Estimate {
  const { y, m, yy } = criterionTotals(plan, counts)
  if (plan.scoring === 'share45') return shareEstimate(y, m)
  if (m === 0) return noData()
  const mean = y / m
  if (m < 2) return estimate(mean, m, null)
  const variance = Math.max(0, (yy - m * mean * mean) / (m - 1))
  const { min, max } = scaleBounds(plan)
  return estimate(mean, m, normalInterval(mean, Math.sqrt(variance / m), min, max))
}

interface ElementFigures {
  key: string
  estimate: Estimate
  /** Pooled score per valid answer R = Y/M and M, for the linearised variance. */
  ratio: number
  answers: number
}

/**
 * Covariance of the pooled ratios R_a = Y_a/M_a and R_b of two elements, linearised over
 * respondents: Σ_i (y_ia − R_a m_ia)(y_ib − R_b m_ib) / (M_a M_b), from the moment sums.
 */
function ratioCovariance(rollup: UnitRollup, a: ElementFigures, b: ElementFigures, order: string[]): number {
  const forward = order.indexOf(a.key) <= order.indexOf(b.key)
  const sums = rollup.moments.get(forward ? momentKey(a.key, b.key) : momentKey(b.key, a.key))
  if (!sums) return 0
  const ym = forward ? sums.ym : sums.my
  const my = forward ? sums.my : sums.ym
  return (sums.yy - b.ratio * ym - a.ratio * my + a.ratio * b.ratio * sums.mm) / (a.answers * b.answers)
}

/**
 * Mean of the given estimates, with the interval from the linearised variance over respondents.
 * Below MIN_RELIABLE_N respondents that variance is itself uncertain, and it is zero when
 * everyone answered alike, so the interval widens: Student's t with n − 1 degrees of freedom,
 * and for shares never narrower than the Wilson interval of the index taken as one answer per
 * respondent (a person's answers fully correlated, the most cautious reading). From
 * MIN_RELIABLE_N on, the normal interval stands as it is.
 */
function meanEstimate(plan: ScoringPlan, rollup: UnitRollup, parts: ElementFigures[], n: number, order: string[]): Estimate {
  const value = parts.reduce((sum, p) => sum + p.estimate.value!, 0) / parts.length
  if (n < 2) return estimate(value, n, null)
  let variance = 0
  for (const a of parts) for (const b of parts) variance += ratioCovariance(rollup, a, b, order)
  variance = Math.max(0, (variance / (parts.length * parts.length)) * (n / (n - 1)))
  const { min, max, factor } = scaleBounds(plan)
  const se = factor * Math.sqrt(variance)
  if (n >= MIN_RELIABLE_N) return estimate(value, n, normalInterval(value, se, min, max))
  const t = t95(n - 1)
  if (plan.scoring !== 'share45') return estimate(value, n, normalInterval(value, se, min, max, t))
  const p = value / 100
  const effective = p > 0 && p < 1 && se > 0 ? Math.min((p * (1 - p)) / (se / 100) ** 2, n * parts.length) : n
  const interval = wilson(p * effective * (Z95 / t) ** 2, effective * (Z95 / t) ** 2)!
  return estimate(value, n, { low: 100 * interval.low, high: 100 * interval.high })
}

const GRADE_FLOORS: [number, Grade][] = [
  [12, 'good'],
  [9, 'fair'],
  [6, 'average'],
]

/**
 * Grade of a one-stop total, on the 18-point scale (totals on another maximum are scaled
 * to 18 first): above 15 excellent; 12 to 15 good; 9 to under 12 fair; 6 to under 9
 * average; under 6 weak.
 */
export function pointsGrade(total: number, max = 18): Grade {
  const scaled = (total * 18) / max
  if (scaled > 15) return 'excellent'
  for (const [floor, grade] of GRADE_FLOORS) if (scaled >= floor) return grade
  return 'weak'
}

/** Every figure of one unit from its rollups; dispatches on the questionnaire's scoring. */
export function computeUnitIndices(plan: ScoringPlan, rollup: UnitRollup): ComputedIndices {
  const order = plan.elements.map((e) => e.key)
  const criteria = plan.elements.flatMap((element) =>
    element.criteria.map((key) => ({ key, element: element.key, ...criterionEstimate(plan, rollup.answers.get(key)) })),
  )
  const figures: ElementFigures[] = plan.elements.map((element) => {
    const own = criteria.filter((c) => c.element === element.key && c.value !== null)
    const n = rollup.elementRespondents.get(element.key) ?? 0
    const totals = element.criteria.map((c) => criterionTotals(plan, rollup.answers.get(c)))
    const Y = totals.reduce((s, t) => s + t.y, 0)
    const M = totals.reduce((s, t) => s + t.m, 0)
    const base = { key: element.key, ratio: M > 0 ? Y / M : 0, answers: M }
    if (own.length === 0) return { ...base, estimate: noData(n) }
    // One criterion: the element is that criterion, and so is its interval.
    if (own.length === 1)
      return { ...base, estimate: estimate(own[0]!.value!, n, own[0]!.ciLow === null ? null : { low: own[0]!.ciLow, high: own[0]!.ciHigh! }) }
    const value = own.reduce((sum, c) => sum + c.value!, 0) / own.length
    return { ...base, estimate: meanEstimate(plan, rollup, [{ ...base, estimate: estimate(value, n, null) }], n, order) }
  })
  const elements: KeyedEstimate[] = figures.map((f) => ({ key: f.key, ...f.estimate }))
  const withData = figures.filter((f) => f.estimate.value !== null)
  const elementsWithoutData = figures.filter((f) => f.estimate.value === null).map((f) => f.key)

  let satisfied = 0
  let overallN = 0
  for (const [value, n] of rollup.overall) {
    if (!plan.overallValues.includes(value)) continue
    overallN += n
    if (plan.satisfiedOverall.includes(value)) satisfied += n
  }
  const overall = shareEstimate(satisfied, overallN)
  const expectations = plan.expectationKeys.map((key) => {
    const n = rollup.expectations.get(key) ?? 0
    return { key, n, share: rollup.expectationAnswered > 0 ? (100 * n) / rollup.expectationAnswered : null }
  })

  if (plan.scoring === 'points') {
    const max = criteria.length * Math.max(...plan.scaleValues)
    const complete = criteria.every((c) => c.value !== null)
    const total = complete ? criteria.reduce((s, c) => s + c.value!, 0) : null
    return {
      n: rollup.respondents,
      sipas: overall,
      elements,
      elementsWithoutData,
      criteria,
      expectations,
      overall,
      points: { total, max, grade: total === null ? null : pointsGrade(total, max), perIndicator: criteria.map(({ element: _e, ...c }) => c) },
    }
  }

  let sipas: Estimate
  if (withData.length === 0) sipas = noData(rollup.scored)
  else if (withData.length === 1) sipas = { ...withData[0]!.estimate, n: rollup.scored, indicative: rollup.scored < MIN_RELIABLE_N }
  else sipas = meanEstimate(plan, rollup, withData, rollup.scored, order)
  return { n: rollup.respondents, sipas, elements, elementsWithoutData, criteria, expectations, overall, points: null }
}
