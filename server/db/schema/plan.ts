import type { ColumnType, Generated, Selectable } from 'kysely'

export interface Plan {
  id: Generated<number>
  name: string
  decision_number: Generated<string>
  /** `YYYY-MM-DD` */
  decision_date: ColumnType<string | null, string | null | undefined, string | null>
  first_year: number
  last_year: number
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type PlanRow = Selectable<Plan>

export interface PlanUnit {
  plan_id: number
  agency_id: number
  year: number
}

export interface PlanOrganisation {
  plan_id: number
  organisation_id: number
}

export type PartialDB = { plans: Plan; plan_units: PlanUnit; plan_organisations: PlanOrganisation }
