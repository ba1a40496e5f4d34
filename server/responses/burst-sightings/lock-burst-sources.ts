import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** The first key of the burst sources' advisory locks ("BURS"), apart from any other lock's. */
const BURST_LOCK_CLASS = 0x42555253

/**
 * Takes a transaction lock per source (a link, a surveyor), in a fixed order, so two batches (or
 * two nodes) read and add a source's sightings in turn, and a resend stored by the batch before
 * is seen as stored. Taken before any row lock of the batch.
 */
export async function lockBurstSources(trx: Transaction<DatabaseSchema>, sources: string[]): Promise<void> {
  const keys = [...new Set(sources.map((source) => createHash('sha256').update(source).digest().readInt32BE(0)))].sort((a, b) => a - b)
  if (keys.length === 0) return
  // unnest() yields the keys in the array's order, so they are locked in that order.
  await sql`select pg_advisory_xact_lock(${BURST_LOCK_CLASS}, k) from unnest(${keys}::int4[]) as k`.execute(trx)
}
