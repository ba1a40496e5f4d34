import type { Kysely } from 'kysely'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { DatabaseSchema } from '../db/schema'
import type { CampaignRow } from '../db/schema/campaign'

/** A campaign accepts responses while it is open and today is within its period (both ends included). */
export function isAccepting(campaign: Pick<CampaignRow, 'status' | 'starts_on' | 'ends_on'>, today = todayInVietnam()): boolean {
  return campaign.status === 'open' && campaign.starts_on <= today && today <= campaign.ends_on
}

/** The campaign when it accepts responses today, otherwise undefined. */
export async function getAcceptingCampaign(db: Kysely<DatabaseSchema>, campaignId: number, now = new Date()): Promise<CampaignRow | undefined> {
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', campaignId).executeTakeFirst()
  return campaign && isAccepting(campaign, todayInVietnam(now)) ? campaign : undefined
}
