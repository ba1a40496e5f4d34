import type { Kysely } from 'kysely'
import type { OpeningHours } from '../../../shared/integrity/schemas'
import { openingHoursOf } from '../../agencies/to-agency'
import type { DatabaseSchema } from '../../db/schema'

export interface IntegrityUnitRow {
  agencyId: number
  openingHours: OpeningHours
  transactions: number | null
}

/** The campaign's units with their opening hours and transactions N, and the campaign's period. */
export async function loadIntegrityUnits(
  db: Kysely<DatabaseSchema>,
  campaignId: number,
): Promise<{ startsOn: string; endsOn: string; units: IntegrityUnitRow[] } | undefined> {
  const rows = await db
    .selectFrom('campaigns')
    .innerJoin('campaign_units', 'campaign_units.campaign_id', 'campaigns.id')
    .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
    .select([
      'campaigns.starts_on',
      'campaigns.ends_on',
      'agencies.id',
      'agencies.open_days',
      'agencies.opens_at',
      'agencies.closes_at',
      'campaign_units.transactions',
    ])
    .where('campaigns.id', '=', campaignId)
    .execute()
  if (rows.length === 0) return undefined
  return {
    startsOn: String(rows[0]!.starts_on),
    endsOn: String(rows[0]!.ends_on),
    units: rows.map((r) => ({
      agencyId: r.id,
      openingHours: openingHoursOf(r),
      transactions: r.transactions,
    })),
  }
}
