import type { Kysely, Transaction } from 'kysely'
import { type Campaign, type CampaignWarning, periodOutsideYear, RECOMMENDED_UNITS_PER_CAMPAIGN } from '../../shared/campaigns/schemas'
import type { DatabaseSchema } from '../db/schema'
import type { CampaignRow } from '../db/schema/campaign'

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>

export function campaignWarnings(row: Pick<CampaignRow, 'year' | 'starts_on' | 'ends_on'>, agencyIds: number[]): CampaignWarning[] {
  const warnings: CampaignWarning[] = []
  if (agencyIds.length > RECOMMENDED_UNITS_PER_CAMPAIGN) warnings.push('units_above_plan')
  if (periodOutsideYear(row.year, row.starts_on, row.ends_on)) warnings.push('period_outside_year')
  return warnings
}

export function toCampaign(row: CampaignRow, agencyIds: number[]): Campaign {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    questionnaireId: row.questionnaire_id,
    status: row.status,
    agencyIds,
    planId: row.plan_id,
    warnings: campaignWarnings(row, agencyIds),
    caseRule: row.case_rule,
  }
}

/** Campaigns with their units, in the order of `rows`. */
export async function withUnits(db: Db, rows: CampaignRow[]): Promise<Campaign[]> {
  if (rows.length === 0) return []
  const units = await db
    .selectFrom('campaign_units')
    .select(['campaign_id', 'agency_id'])
    .where(
      'campaign_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('agency_id')
    .execute()
  return rows.map((row) =>
    toCampaign(
      row,
      units.filter((u) => u.campaign_id === row.id).map((u) => u.agency_id),
    ),
  )
}

export async function loadCampaign(db: Db, id: number): Promise<Campaign | undefined> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst()
  return row && (await withUnits(db, [row]))[0]
}
