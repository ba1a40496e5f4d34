import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** Deletes the sightings older than `before` on both clocks; returns how many. */
export async function deleteExpiredBurstSightings(db: Kysely<DatabaseSchema>, before: Date): Promise<number> {
  const result = await db.deleteFrom('burst_sightings').where('received_at', '<', before).where('answered_at', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
