import type { UnitSums } from '../../shared/national/schemas'
import type { UnitRollup } from '../indices/compute/unit-rollup'

const toRecord = <K extends string | number>(map: Map<K, number>) => Object.fromEntries([...map].map(([k, n]) => [String(k), n]))
const toNumberMap = (record: Record<string, number>) => new Map(Object.entries(record).map(([k, n]) => [Number(k), n]))

/** A unit's rollup as the plain sums a bundle carries. */
export function toUnitSums(rollup: UnitRollup, flagged: number): UnitSums {
  return {
    respondents: rollup.respondents,
    scored: rollup.scored,
    answers: Object.fromEntries([...rollup.answers].map(([criterion, values]) => [criterion, toRecord(values)])),
    elementRespondents: toRecord(rollup.elementRespondents),
    overall: toRecord(rollup.overall),
    expectations: toRecord(rollup.expectations),
    expectationAnswered: rollup.expectationAnswered,
    moments: Object.fromEntries(rollup.moments),
    flagged,
  }
}

/** The rollup the indices are computed from, back from a bundle's sums. */
export function fromUnitSums(sums: UnitSums): UnitRollup {
  return {
    respondents: sums.respondents,
    scored: sums.scored,
    answers: new Map(Object.entries(sums.answers).map(([criterion, values]) => [criterion, toNumberMap(values)])),
    elementRespondents: new Map(Object.entries(sums.elementRespondents)),
    overall: toNumberMap(sums.overall),
    expectations: new Map(Object.entries(sums.expectations)),
    expectationAnswered: sums.expectationAnswered,
    moments: new Map(Object.entries(sums.moments)),
  }
}
