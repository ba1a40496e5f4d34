import { sql, type Transaction } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { SourcedSighting } from '../burst-detector'

/** What a source remembers of one answer set: its latest sightings. */
const MAX_SIGHTINGS_PER_SIGNATURE = 100

/**
 * The stored sightings of these (source, answer set) pairs, at most the latest 100 of each,
 * received since `receivedSince` or answered since `answeredSince`. Each pair is read from the
 * index, newest first, up to the bound: a batch spans hundreds of links and answer sets, whose
 * every combination would be most of the table, and a common answer set (all "very satisfied")
 * has many sightings.
 */
export async function recentBurstSightings(
  trx: Transaction<DatabaseSchema>,
  pairs: Pick<SourcedSighting, 'source' | 'signature'>[],
  receivedSince: Date,
  answeredSince: Date,
): Promise<SourcedSighting[]> {
  const unique = [...new Map(pairs.map((p) => [`${p.source}\n${p.signature}`, p])).values()]
  if (unique.length === 0) return []
  const { rows } = await sql<{ source: string; signature: string; answered_at: Date; received_at: Date }>`
    select wanted.source, wanted.signature, s.answered_at, s.received_at
    from unnest(${unique.map((p) => p.source)}::text[], ${unique.map((p) => p.signature)}::text[]) as wanted(source, signature)
    cross join lateral (
      select answered_at, received_at from burst_sightings
      where source = wanted.source and signature = wanted.signature
        and (received_at >= ${receivedSince} or answered_at >= ${answeredSince})
      order by received_at desc
      limit ${MAX_SIGHTINGS_PER_SIGNATURE}
    ) s`.execute(trx)
  return rows.map((r) => ({ source: r.source, signature: r.signature, answeredAt: r.answered_at.getTime(), receivedAt: r.received_at.getTime() }))
}
