import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import type { CampaignRow } from '../db/schema/campaign'

// Made once: constructing a DateTimeFormat costs more than the rest of a survey request's checks.
const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today's date in Viet Nam (UTC+7), `YYYY-MM-DD`: campaign periods are local calendar days. */
export function todayInVietnam(now = new Date()): string {
  return vietnamDate.format(now)
}

/** A campaign accepts responses while it is open and today is within its period (both ends included). */
export function isAccepting(campaign: Pick<CampaignRow, 'status' | 'starts_on' | 'ends_on'>, today = todayInVietnam()): boolean {
  return campaign.status === 'open' && campaign.starts_on <= today && today <= campaign.ends_on
}

/** The campaign when it accepts responses today, otherwise undefined. */
export async function getAcceptingCampaign(db: Kysely<DatabaseSchema>, campaignId: number, now = new Date()): Promise<CampaignRow | undefined> {
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', campaignId).executeTakeFirst()
  return campaign && isAccepting(campaign, todayInVietnam(now)) ? campaign : undefined
}
