import type { Kysely } from 'kysely'
import type { UnitResultNote } from '../../shared/publication/schemas'
import type { DatabaseSchema } from '../db/schema'

/** The note a unit typed for its results poster of a campaign (empty text when none). */
export async function loadUnitNote(db: Kysely<DatabaseSchema>, campaignId: number, agencyId: number): Promise<UnitResultNote> {
  const row = await db
    .selectFrom('unit_result_notes')
    .select(['text', 'updated_at'])
    .where('campaign_id', '=', campaignId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst()
  return { campaignId, agencyId, text: row?.text ?? '', updatedAt: row ? new Date(row.updated_at).toISOString() : null }
}
