import type { Transaction } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { SourcedSighting } from '../burst-detector'

/** What a source remembers of one answer set: its latest sightings. */
const MAX_SIGHTINGS_PER_SIGNATURE = 100

/**
 * The stored sightings of these sources with these answer sets (at most the latest 100 of each)
 * received since `receivedSince` or answered since `answeredSince`.
 */
export async function recentBurstSightings(
  trx: Transaction<DatabaseSchema>,
  sources: string[],
  signatures: string[],
  receivedSince: Date,
  answeredSince: Date,
): Promise<SourcedSighting[]> {
  if (sources.length === 0 || signatures.length === 0) return []
  const rows = await trx
    .selectFrom((db) =>
      db
        .selectFrom('burst_sightings')
        .select((eb) => [
          'source',
          'signature',
          'answered_at',
          'received_at',
          eb.fn
            .agg<number>('row_number')
            .over((ob) => ob.partitionBy(['source', 'signature']).orderBy('received_at', 'desc'))
            .as('latest'),
        ])
        .where('source', 'in', [...new Set(sources)])
        .where('signature', 'in', [...new Set(signatures)])
        .where((eb) => eb.or([eb('received_at', '>=', receivedSince), eb('answered_at', '>=', answeredSince)]))
        .as('s'),
    )
    .select(['source', 'signature', 'answered_at', 'received_at'])
    .where('latest', '<=', MAX_SIGHTINGS_PER_SIGNATURE)
    .execute()
  return rows.map((r) => ({ source: r.source, signature: r.signature, answeredAt: r.answered_at.getTime(), receivedAt: r.received_at.getTime() }))
}
