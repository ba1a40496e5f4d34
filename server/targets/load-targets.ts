import type { Kysely, Transaction } from 'kysely'
import { unitTarget } from '../../shared/targets/sample-size'
import type { CampaignTargets } from '../../shared/targets/schemas'
import type { DatabaseSchema } from '../db/schema'
import { notFound } from '../http/errors'

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>

/** A campaign's margin, default target and each unit's N and target, units by name. */
export async function loadTargets(db: Db, campaignId: number): Promise<CampaignTargets> {
  const campaign = await db.selectFrom('campaigns').select(['sample_margin', 'default_target']).where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) throw notFound('Campaign')
  const units = await db
    .selectFrom('campaign_units')
    .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
    .select(['agencies.id', 'agencies.code', 'agencies.name', 'campaign_units.transactions'])
    .where('campaign_units.campaign_id', '=', campaignId)
    .orderBy('agencies.name')
    .execute()
  return {
    campaignId,
    margin: campaign.sample_margin,
    defaultTarget: campaign.default_target,
    units: units.map((u) => ({
      agencyId: u.id,
      code: u.code,
      name: u.name,
      transactions: u.transactions,
      target: unitTarget(u.transactions, campaign.sample_margin, campaign.default_target),
    })),
  }
}
