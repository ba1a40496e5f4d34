import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/**
 * Takes up to `limit` responses off the rollup queue, oldest first, and returns their ids:
 * SKIP LOCKED leaves the rows another applier holds, so several server processes share the
 * queue; the rows are deleted in the caller's transaction, which must add the responses to
 * the rollups before it commits.
 */
export async function takePendingResponseIds(trx: Kysely<DatabaseSchema>, limit: number): Promise<number[]> {
  const taken = await sql<{ response_id: number }>`
    delete from rollup_pending where response_id in (
      select response_id from rollup_pending order by response_id limit ${limit} for update skip locked)
    returning response_id`.execute(trx)
  return taken.rows.map((r) => r.response_id)
}
