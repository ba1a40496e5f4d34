import type { Generated } from 'kysely'

export interface ResultPublication {
  campaign_id: number
  /** Null while withdrawn (or never published). */
  published_at: Date | null
  published_by: number | null
  /** Bumped at each publish and withdrawal: the public pages' cache key. */
  version: Generated<number>
}
export const tableName = 'result_publications'
export type PartialDB = { [tableName]: ResultPublication }
