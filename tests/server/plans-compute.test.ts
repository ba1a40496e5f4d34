import { describe, expect, it } from 'vitest'
import { provinceIndex } from '../../server/indices/compute/province-index'
import { planWarnings } from '../../server/plans/plan-warnings'
import { sampleTarget, targetProgress, unitTarget } from '../../shared/targets/sample-size'

describe('sample targets', () => {
  it.each([
    [2000, 0.05, 334],
    [400, 0.05, 200],
    [100, 0.05, 80],
    [1, 0.05, 1],
    [1_000_000, 0.05, 400],
    [2000, 0.1, 96],
    [0, 0.05, 0],
  ])('N = %i at e = %f → n = %i', (transactions, margin, expected) => {
    expect(sampleTarget(transactions, margin)).toBe(expected)
  })

  it('uses the campaign default without N, and says whether n reached the target', () => {
    expect(unitTarget(null, 0.05, 50)).toBe(50)
    expect(unitTarget(null, 0.05, null)).toBeNull()
    expect(unitTarget(2000, 0.05, 50)).toBe(334)
    expect(targetProgress({ transactions: 2000, target: 334 }, 334)).toEqual({ transactions: 2000, target: 334, targetReached: true })
    expect(targetProgress({ transactions: 2000, target: 334 }, 333)).toEqual({ transactions: 2000, target: 334, targetReached: false })
    expect(targetProgress(undefined, 10)).toEqual({ transactions: null, target: null, targetReached: null })
  })
})

describe('plan warnings', () => {
  const units = (year: number, ...agencyIds: number[]) => agencyIds.map((agencyId) => ({ agencyId, year }))

  it('says nothing of a plan of 5 units a year in the future', () => {
    expect(planWarnings([...units(2030, 1, 2, 3, 4, 5), ...units(2031, 6, 7, 8, 9, 10)], new Set(), 2026)).toEqual([])
  })

  it('warns on a sixth unit in a year and on a unit planned in two years', () => {
    const warnings = planWarnings([...units(2030, 1, 2, 3, 4, 5, 6), ...units(2031, 1)], new Set(), 2026)
    expect(warnings).toEqual([
      { code: 'year_above_plan', year: 2030, agencyId: null, count: 6 },
      { code: 'unit_planned_twice', year: null, agencyId: 1, count: 2 },
    ])
  })

  it('warns on planned units without a campaign once their year has come', () => {
    const warnings = planWarnings([...units(2025, 1, 2), ...units(2026, 3), ...units(2027, 4)], new Set(['1:2025']), 2026)
    expect(warnings).toEqual([
      { code: 'unit_without_campaign', year: 2025, agencyId: 2, count: null },
      { code: 'unit_without_campaign', year: 2026, agencyId: 3, count: null },
    ])
  })
})

describe('province index', () => {
  it('is the unweighted mean of the units with data', () => {
    expect(
      provinceIndex([
        { value: 80, n: 400 },
        { value: 60, n: 40 },
        { value: null, n: 0 },
      ]),
    ).toEqual({ value: 70, units: 2, n: 440 })
    expect(provinceIndex([{ value: null, n: 0 }])).toEqual({ value: null, units: 0, n: 0 })
  })
})
