import type { CampaignStatus } from '../../shared/campaigns/schemas'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { Plan, PlanCell, PlanSummary } from '../../shared/plans/schemas'
import { provinceIndex } from '../indices/compute/province-index'

export interface PlanCampaign {
  id: number
  name: string
  year: number
  status: CampaignStatus
  agencyIds: number[]
  /** Null for drafts: nothing is collected yet. */
  indices: CampaignIndices | null
}

/**
 * Years × units of a plan: each planned or surveyed unit, each year of the plan, with the
 * plan's campaign of that year surveying it (the last one listed when several), its n and
 * index; the province's index per year; planned units never surveyed with any answer.
 */
export function summarisePlan(plan: Plan, agencies: { id: number; code: string; name: string }[], campaigns: PlanCampaign[]): Omit<PlanSummary, 'caseLoop'> {
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i)
  const planned = new Set(plan.units.map((u) => `${u.agencyId}:${u.year}`))
  const cell = (agencyId: number, year: number): PlanCell => {
    const campaign = campaigns.filter((c) => c.year === year && c.agencyIds.includes(agencyId)).at(-1)
    const unit = campaign?.indices?.units.find((u) => u.agencyId === agencyId)
    const sipas =
      unit && unit.n > 0
        ? { value: unit.sipas.value, n: unit.sipas.n, ciLow: unit.sipas.ciLow, ciHigh: unit.sipas.ciHigh, indicative: unit.sipas.indicative }
        : null
    return { year, planned: planned.has(`${agencyId}:${year}`), campaignId: campaign?.id ?? null, status: campaign?.status ?? null, n: unit?.n ?? 0, sipas }
  }
  const units = agencies.map((agency) => ({ agencyId: agency.id, code: agency.code, name: agency.name, cells: years.map((year) => cell(agency.id, year)) }))
  const plannedAgencies = new Set(plan.units.map((u) => u.agencyId))
  return {
    plan,
    years: years.map((year) => ({
      year,
      campaigns: campaigns.filter((c) => c.year === year).map((c) => ({ id: c.id, name: c.name, status: c.status })),
      province: provinceIndex(units.map((u) => u.cells.find((c) => c.year === year)!).map((c) => ({ value: c.sipas?.value ?? null, n: c.n }))),
    })),
    units,
    neverSurveyed: units.filter((u) => plannedAgencies.has(u.agencyId) && u.cells.every((c) => c.n === 0)).map((u) => u.agencyId),
    scoring: campaigns.find((c) => c.indices)?.indices?.unit ?? 'percent',
  }
}
