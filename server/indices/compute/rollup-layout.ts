import type { QuestionnaireDefinition, Scoring } from '../../../shared/questionnaires/definition'
import type { MomentSums, RollupFact } from './rollup-facts'
import { type ScoringPlan, scoringPlan } from './scoring'
import { addFact, addMoment, type UnitRollup } from './unit-rollup'

const SEP = '\u0001'
const factId = (dim: string, key: string, value: number) => `${dim}${SEP}${key}${SEP}${value}`
const MOMENT_PRODUCTS = ['yy', 'ym', 'my', 'mm'] as const
/** The facts every vector starts with, whatever the questionnaire. */
const LEADING_FACTS = ['respondents', 'scored', 'expectation_answered'] as const

/** The slot counting respondents in every rollup vector (PostgreSQL numbers array elements from 1: `sums[RESPONDENTS_SLOT + 1]`). */
export const RESPONDENTS_SLOT = LEADING_FACTS.indexOf('respondents')

/** The respondents a vector (or a sum of vectors) counts. */
export const respondentsOf = (sums: ArrayLike<number>): number => sums[RESPONDENTS_SLOT] ?? 0

/**
 * Where each counted fact of a questionnaire sits in a rollup vector. Derived from the
 * questionnaire alone, and a questionnaire is frozen once it collects answers, so a
 * vector written today reads the same later. The leading facts come first in every
 * layout (`RESPONDENTS_SLOT`).
 */
export class RollupLayout {
  readonly size: number
  private readonly factSlots = new Map<string, number>()
  private readonly facts: Omit<RollupFact, 'n'>[] = []
  private readonly momentSlots = new Map<string, number>()
  private readonly moments: [string, string][] = []

  constructor(plan: ScoringPlan) {
    const fact = (dim: string, key = '', value = 0) => {
      this.factSlots.set(factId(dim, key, value), this.facts.length)
      this.facts.push({ dim, key, value })
    }
    for (const dim of LEADING_FACTS) fact(dim)
    for (const element of plan.elements) fact('element', element.key)
    for (const criterion of plan.elements.flatMap((e) => e.criteria)) for (const value of plan.scaleValues) fact('answer', criterion, value)
    for (const value of plan.overallValues) fact('overall', '', value)
    for (const option of plan.expectationKeys) fact('expectation', option)
    plan.elements.forEach((a, i) => {
      for (const b of plan.elements.slice(i)) {
        this.momentSlots.set(`${a.key}${SEP}${b.key}`, this.facts.length + this.moments.length * MOMENT_PRODUCTS.length)
        this.moments.push([a.key, b.key])
      }
    })
    this.size = this.facts.length + this.moments.length * MOMENT_PRODUCTS.length
  }

  /** A zero vector of this layout. */
  vector(): Float64Array {
    return new Float64Array(this.size)
  }

  /** Adds one respondent's facts and moment products to each of `vectors`. */
  encode(facts: RollupFact[], sums: MomentSums[], vectors: Float64Array[]): void {
    for (const fact of facts) {
      const slot = this.factSlots.get(factId(fact.dim, fact.key, fact.value))
      if (slot === undefined) throw new Error(`no rollup slot for ${fact.dim} ${fact.key} ${fact.value}`)
      for (const vector of vectors) vector[slot]! += fact.n
    }
    for (const pair of sums) {
      const first = this.momentSlots.get(`${pair.element_a}${SEP}${pair.element_b}`)
      if (first === undefined) throw new Error(`no rollup slot for the moments of ${pair.element_a} and ${pair.element_b}`)
      for (const vector of vectors) MOMENT_PRODUCTS.forEach((product, k) => (vector[first + k]! += pair[product]))
    }
  }

  /** Adds a vector of this layout (summed over any number of cells) to a unit's rollup. */
  decode(sums: ArrayLike<number>, into: UnitRollup): void {
    this.facts.forEach((fact, slot) => {
      const n = sums[slot] ?? 0
      if (n !== 0) addFact(into, { ...fact, n })
    })
    this.moments.forEach(([a, b], i) => {
      const base = this.facts.length + i * MOMENT_PRODUCTS.length
      const [yy, ym, my, mm] = MOMENT_PRODUCTS.map((_, k) => sums[base + k] ?? 0) as [number, number, number, number]
      if (yy !== 0 || ym !== 0 || my !== 0 || mm !== 0) addMoment(into, { element_a: a, element_b: b, yy, ym, my, mm })
    })
  }
}

/** What the rollups need of one questionnaire version: its scoring plan and vector layout. */
export interface QuestionnaireRollup {
  plan: ScoringPlan
  layout: RollupLayout
}

export function questionnaireRollup(scoring: Scoring, definition: QuestionnaireDefinition): QuestionnaireRollup {
  const plan = scoringPlan(scoring, definition)
  return { plan, layout: new RollupLayout(plan) }
}
