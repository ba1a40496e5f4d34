import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { CampaignRow } from '../db/schema/campaign'

/** A campaign accepts responses while it is open and today is within its period (both ends included). */
export function isAccepting(campaign: Pick<CampaignRow, 'status' | 'starts_on' | 'ends_on'>, today = todayInVietnam()): boolean {
  return campaign.status === 'open' && campaign.starts_on <= today && today <= campaign.ends_on
}
