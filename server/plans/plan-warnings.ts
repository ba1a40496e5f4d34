import { RECOMMENDED_UNITS_PER_CAMPAIGN } from '../../shared/campaigns/plan'
import type { PlanUnit, PlanWarning } from '../../shared/plans/schemas'

const warning = (code: PlanWarning['code'], fields: Partial<Omit<PlanWarning, 'code'>>): PlanWarning => ({
  code,
  year: null,
  agencyId: null,
  count: null,
  ...fields,
})

/**
 * The plan's advice, never a refusal: a year with more units than the plan's 5, a unit
 * planned in more than one year, a planned unit whose year has come (≤ currentYear) and
 * that no campaign of the plan surveys (`covered` holds `${agencyId}:${year}`).
 */
export function planWarnings(units: PlanUnit[], covered: Set<string>, currentYear: number): PlanWarning[] {
  const warnings: PlanWarning[] = []
  const perYear = new Map<number, number>()
  const perUnit = new Map<number, number>()
  for (const unit of units) {
    perYear.set(unit.year, (perYear.get(unit.year) ?? 0) + 1)
    perUnit.set(unit.agencyId, (perUnit.get(unit.agencyId) ?? 0) + 1)
  }
  for (const [year, count] of [...perYear].sort(([a], [b]) => a - b)) {
    if (count > RECOMMENDED_UNITS_PER_CAMPAIGN) warnings.push(warning('year_above_plan', { year, count }))
  }
  for (const [agencyId, count] of perUnit) {
    if (count > 1) warnings.push(warning('unit_planned_twice', { agencyId, count }))
  }
  for (const unit of units) {
    if (unit.year <= currentYear && !covered.has(`${unit.agencyId}:${unit.year}`)) warnings.push(warning('unit_without_campaign', unit))
  }
  return warnings
}
