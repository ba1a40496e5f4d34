import type { Kysely, Transaction } from 'kysely'
import { yearInVietnam } from '../../shared/calendar/vietnam-time'
import type { Plan } from '../../shared/plans/schemas'
import type { DatabaseSchema } from '../db/schema'
import type { PlanRow } from '../db/schema/plan'
import { planWarnings } from './plan-warnings'

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>

/** Plans with their units (by year, then agency), partner organisations and warnings, in the order of `rows`. */
export async function withDetails(db: Db, rows: PlanRow[]): Promise<Plan[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const units = await db.selectFrom('plan_units').selectAll().where('plan_id', 'in', ids).orderBy('year').orderBy('agency_id').execute()
  const organisations = await db.selectFrom('plan_organisations').selectAll().where('plan_id', 'in', ids).orderBy('organisation_id').execute()
  const covered = await db
    .selectFrom('campaigns')
    .innerJoin('campaign_units', 'campaign_units.campaign_id', 'campaigns.id')
    .select(['campaigns.plan_id', 'campaigns.year', 'campaign_units.agency_id'])
    .where('campaigns.plan_id', 'in', ids)
    .execute()
  const currentYear = yearInVietnam()
  return rows.map((row) => {
    const planUnits = units.filter((u) => u.plan_id === row.id).map((u) => ({ agencyId: u.agency_id, year: u.year }))
    const coveredHere = new Set(covered.filter((c) => c.plan_id === row.id).map((c) => `${c.agency_id}:${c.year}`))
    return {
      id: row.id,
      name: row.name,
      decisionNumber: row.decision_number,
      decisionDate: row.decision_date,
      firstYear: row.first_year,
      lastYear: row.last_year,
      organisationIds: organisations.filter((o) => o.plan_id === row.id).map((o) => o.organisation_id),
      units: planUnits,
      warnings: planWarnings(planUnits, coveredHere, currentYear),
    }
  })
}

export async function loadPlan(db: Db, id: number): Promise<Plan | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst()
  return row && (await withDetails(db, [row]))[0]
}
