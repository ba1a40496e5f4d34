import type { MomentSums, RollupFact } from './rollup-facts'

type Moment = Omit<MomentSums, 'element_a' | 'element_b'>

/** The rollups of one unit (or one breakdown cell) summed over the rows the filters keep. */
export interface UnitRollup {
  respondents: number
  /** Respondents with at least one valid criterion answer. */
  scored: number
  /** criterion → answer value → count */
  answers: Map<string, Map<number, number>>
  /** element → respondents with a valid answer in it */
  elementRespondents: Map<string, number>
  /** overall item answer value → count */
  overall: Map<number, number>
  expectations: Map<string, number>
  expectationAnswered: number
  /** `a|b` (a before or equal to b in the questionnaire) → moment sums */
  moments: Map<string, Moment>
}

export function emptyUnitRollup(): UnitRollup {
  return {
    respondents: 0,
    scored: 0,
    answers: new Map(),
    elementRespondents: new Map(),
    overall: new Map(),
    expectations: new Map(),
    expectationAnswered: 0,
    moments: new Map(),
  }
}

const bump = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n)

export function addFact(rollup: UnitRollup, fact: RollupFact): void {
  switch (fact.dim) {
    case 'respondents':
      rollup.respondents += fact.n
      break
    case 'scored':
      rollup.scored += fact.n
      break
    case 'answer': {
      const values = rollup.answers.get(fact.key) ?? new Map<number, number>()
      rollup.answers.set(fact.key, bump(values, fact.value, fact.n))
      break
    }
    case 'element':
      bump(rollup.elementRespondents, fact.key, fact.n)
      break
    case 'overall':
      bump(rollup.overall, fact.value, fact.n)
      break
    case 'expectation':
      bump(rollup.expectations, fact.key, fact.n)
      break
    case 'expectation_answered':
      rollup.expectationAnswered += fact.n
      break
  }
}

export const momentKey = (a: string, b: string) => `${a}|${b}`

export function addMoment(rollup: UnitRollup, sums: MomentSums): void {
  const key = momentKey(sums.element_a, sums.element_b)
  const existing = rollup.moments.get(key) ?? { yy: 0, ym: 0, my: 0, mm: 0 }
  rollup.moments.set(key, { yy: existing.yy + sums.yy, ym: existing.ym + sums.ym, my: existing.my + sums.my, mm: existing.mm + sums.mm })
}

/** Adds one rollup to another (a unit's channels summed into the unit). */
export function addUnitRollup(into: UnitRollup, from: UnitRollup): void {
  into.respondents += from.respondents
  into.scored += from.scored
  into.expectationAnswered += from.expectationAnswered
  for (const [criterion, values] of from.answers) for (const [value, n] of values) addFact(into, { dim: 'answer', key: criterion, value, n })
  for (const [element, n] of from.elementRespondents) bump(into.elementRespondents, element, n)
  for (const [value, n] of from.overall) bump(into.overall, value, n)
  for (const [option, n] of from.expectations) bump(into.expectations, option, n)
  for (const [key, moment] of from.moments) {
    const [element_a, element_b] = key.split('|') as [string, string]
    addMoment(into, { element_a, element_b, ...moment })
  }
}
