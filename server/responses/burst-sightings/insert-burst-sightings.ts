import type { Transaction } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { SourcedSighting } from '../burst-detector'

/** Stores the sightings of a batch's stored answers, in the batch's transaction. */
export async function insertBurstSightings(trx: Transaction<DatabaseSchema>, sightings: SourcedSighting[]): Promise<void> {
  if (sightings.length === 0) return
  await trx
    .insertInto('burst_sightings')
    .values(sightings.map((s) => ({ source: s.source, signature: s.signature, answered_at: new Date(s.answeredAt), received_at: new Date(s.receivedAt) })))
    .execute()
}
