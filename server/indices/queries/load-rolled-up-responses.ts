import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { RolledUpResponse } from '../rollups/rollup-fold'
import { CELL_KEY_COLUMNS } from './rollup-tables'

export const ROLLED_UP_COLUMNS = [
  'id',
  ...CELL_KEY_COLUMNS,
  'submitted_hour',
  'answers',
  'overall',
  'expectations',
  'demographics',
  'review',
] as const satisfies readonly (keyof RolledUpResponse | 'id')[]

/**
 * Which responses to fold: the ones taken from the queue (the applier), a campaign's still
 * queued (the readers), or a page of one unit's after an id (the rebuild).
 */
export type RolledUpSelection = { ids: number[] } | { queuedOfCampaign: number } | { campaignId: number; agencyId: number; afterId: number; limit: number }

/** The columns of responses the rollups fold, with their ids. */
export async function loadRolledUpResponses(trx: Kysely<DatabaseSchema>, selection: RolledUpSelection): Promise<(RolledUpResponse & { id: number })[]> {
  const query = trx.selectFrom('responses').select(ROLLED_UP_COLUMNS)
  if ('ids' in selection) return query.where(sql<boolean>`id = any(${selection.ids}::int8[])`).execute()
  if ('queuedOfCampaign' in selection) {
    return query
      .where('campaign_id', '=', selection.queuedOfCampaign)
      .where('id', 'in', (eb) => eb.selectFrom('rollup_pending').select('response_id'))
      .execute()
  }
  return query
    .where('campaign_id', '=', selection.campaignId)
    .where('agency_id', '=', selection.agencyId)
    .where('id', '>', selection.afterId)
    .orderBy('id')
    .limit(selection.limit)
    .execute()
}
