import type { Transaction } from 'kysely'
import type { PlanUnit } from '../../shared/plans/schemas'
import type { DatabaseSchema } from '../db/schema'
import { badRequest, type FieldProblems, fieldError, problem } from '../http/errors'

/** A campaign may carry out a plan in one of the plan's years. */
export async function checkPlanYear(trx: Transaction<DatabaseSchema>, planId: number, year: number): Promise<void> {
  const plan = await trx.selectFrom('plans').select(['first_year', 'last_year']).where('id', '=', planId).executeTakeFirst()
  if (!plan) throw fieldError('planId', 'not_found', 'no such plan')
  if (year < plan.first_year || year > plan.last_year) throw fieldError('year', 'outside_plan', `must be within the plan, ${plan.first_year}–${plan.last_year}`)
}

/** Replaces the plan's partner organisations (checked with checkOrganisations). */
export async function savePlanOrganisations(trx: Transaction<DatabaseSchema>, planId: number, organisationIds: number[]): Promise<void> {
  await trx.deleteFrom('plan_organisations').where('plan_id', '=', planId).execute()
  const ids = [...new Set(organisationIds)]
  if (ids.length)
    await trx
      .insertInto('plan_organisations')
      .values(ids.map((organisation_id) => ({ plan_id: planId, organisation_id })))
      .execute()
}

/** Field errors for organisations that do not exist (`organisationIds.N`). */
export async function checkOrganisations(trx: Transaction<DatabaseSchema>, organisationIds: number[]): Promise<void> {
  if (organisationIds.length === 0) return
  const known = new Set((await trx.selectFrom('organisations').select('id').where('id', 'in', organisationIds).execute()).map((o) => o.id))
  const fields: FieldProblems = {}
  organisationIds.forEach((id, i) => {
    if (!known.has(id)) fields[`organisationIds.${i}`] = problem('not_found', 'no such organisation')
  })
  if (Object.keys(fields).length) throw badRequest('Unknown organisation', fields)
}

/**
 * Field errors (`units.N.year`, `units.N.agencyId`) for a year outside the plan, an unknown
 * or inactive agency, and the same unit listed twice for one year.
 */
export async function checkPlanUnits(trx: Transaction<DatabaseSchema>, units: PlanUnit[], years: { firstYear: number; lastYear: number }): Promise<void> {
  const agencyIds = [...new Set(units.map((u) => u.agencyId))]
  const agencies = agencyIds.length ? await trx.selectFrom('agencies').select(['id', 'active']).where('id', 'in', agencyIds).execute() : []
  const active = new Map(agencies.map((a) => [a.id, a.active]))
  const fields: FieldProblems = {}
  const seen = new Set<string>()
  units.forEach((unit, i) => {
    if (unit.year < years.firstYear || unit.year > years.lastYear)
      fields[`units.${i}.year`] = problem('outside_plan', `must be within the plan, ${years.firstYear}–${years.lastYear}`)
    if (!active.has(unit.agencyId)) fields[`units.${i}.agencyId`] = problem('not_found', 'no such agency')
    else if (!active.get(unit.agencyId)) fields[`units.${i}.agencyId`] = problem('inactive', 'the agency is inactive')
    else if (seen.has(`${unit.agencyId}:${unit.year}`)) fields[`units.${i}.agencyId`] = problem('listed_twice', 'is already listed for this year')
    seen.add(`${unit.agencyId}:${unit.year}`)
  })
  if (Object.keys(fields).length) throw badRequest('Some units cannot be planned', fields)
}
