import type { MomentSums, RollupFact } from '../compute/rollup-facts'
import type { ScoringPlan } from '../compute/scoring'
import { addFact, addMoment, type UnitRollup } from '../compute/unit-rollup'

const SEP = '\u0001'
const factId = (dim: string, key: string, value: number) => `${dim}${SEP}${key}${SEP}${value}`
const MOMENT_PRODUCTS = ['yy', 'ym', 'my', 'mm'] as const

/**
 * Where each counted fact of a questionnaire sits in a rollup vector. Derived from the
 * questionnaire alone, and a questionnaire is frozen once it collects answers, so a
 * vector written today reads the same later. `respondents` is always the first slot
 * (`sums[1]` in SQL).
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
    fact('respondents')
    fact('scored')
    fact('expectation_answered')
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

  factSlot(fact: RollupFact): number {
    const slot = this.factSlots.get(factId(fact.dim, fact.key, fact.value))
    if (slot === undefined) throw new Error(`no rollup slot for ${fact.dim} ${fact.key} ${fact.value}`)
    return slot
  }

  /** The first of the four slots (yy, ym, my, mm) of a pair of elements. */
  momentSlot(sums: MomentSums): number {
    const slot = this.momentSlots.get(`${sums.element_a}${SEP}${sums.element_b}`)
    if (slot === undefined) throw new Error(`no rollup slot for the moments of ${sums.element_a} and ${sums.element_b}`)
    return slot
  }

  /** Adds a vector (summed over any number of cells) to a unit's rollup. */
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
