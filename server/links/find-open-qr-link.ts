import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** The unit's newest QR link that still takes answers (not revoked, in an open campaign); undefined when none. */
export async function findOpenQrLink(db: Kysely<DatabaseSchema>, agencyId: number): Promise<{ code: string } | undefined> {
  return db
    .selectFrom('survey_links as l')
    .innerJoin('campaigns as c', 'c.id', 'l.campaign_id')
    .select('l.code')
    .where('l.agency_id', '=', agencyId)
    .where('l.channel', '=', 'qr')
    .where('l.revoked_at', 'is', null)
    .where('c.status', '=', 'open')
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id', 'desc')
    .executeTakeFirst()
}
