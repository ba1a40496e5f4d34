import type { Kysely, Transaction } from 'kysely'
import type { SessionUser } from '../auth/session-user'
import type { DatabaseSchema } from '../db/schema'
import { forbidden } from '../http/errors'

/** Paper forms are entered (pass the transaction that holds the form: PGlite has one connection) and resolved by admins and by the surveyors on the campaign's team. */
export async function assertEntersCampaign(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, user: SessionUser, campaignId: number): Promise<void> {
  if (user.role === 'admin') return
  if (user.role === 'surveyor') {
    const member = await db
      .selectFrom('campaign_team')
      .select('user_id')
      .where('campaign_id', '=', campaignId)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (member) return
    throw forbidden('You are not on the survey team of this campaign')
  }
  throw forbidden('Paper forms are entered by admins and the campaign’s survey team')
}
