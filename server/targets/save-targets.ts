import type { Transaction } from 'kysely'
import type { CampaignTargets, SetCampaignTargets } from '../../shared/targets/schemas'
import { recordAudit } from '../audit/record-audit'
import type { SessionUser } from '../auth/session-user'
import type { DatabaseSchema } from '../db/schema'
import { badRequest, type FieldProblems, notFound, problem } from '../http/errors'
import { loadTargets } from './load-targets'

/**
 * Stores the margin, default target and the listed units' N (others keep theirs). A unit that
 * is not one of the campaign's is a field error (`units.N.agencyId`, or `field(i)` when the
 * caller names its rows otherwise) and nothing is changed.
 */
export async function saveTargets(
  trx: Transaction<DatabaseSchema>,
  user: SessionUser,
  campaignId: number,
  input: SetCampaignTargets,
  field: (i: number) => string = (i) => `units.${i}.agencyId`,
): Promise<CampaignTargets> {
  const campaign = await trx.selectFrom('campaigns').select('id').where('id', '=', campaignId).forUpdate().executeTakeFirst()
  if (!campaign) throw notFound('Campaign')
  const units = new Set((await trx.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', campaignId).execute()).map((u) => u.agency_id))
  const fields: FieldProblems = {}
  input.units?.forEach((unit, i) => {
    if (!units.has(unit.agencyId)) fields[field(i)] = problem('not_in_campaign', 'is not a unit of this campaign')
  })
  if (Object.keys(fields).length) throw badRequest('Some units are not in this campaign', fields)
  if (input.margin !== undefined || input.defaultTarget !== undefined) {
    await trx
      .updateTable('campaigns')
      .set({ sample_margin: input.margin, default_target: input.defaultTarget, updated_at: new Date() })
      .where('id', '=', campaignId)
      .execute()
  }
  for (const unit of input.units ?? []) {
    await trx
      .updateTable('campaign_units')
      .set({ transactions: unit.transactions })
      .where('campaign_id', '=', campaignId)
      .where('agency_id', '=', unit.agencyId)
      .execute()
  }
  await recordAudit(trx, { userId: user.id, action: 'update', entity: 'campaign_targets', entityId: campaignId, details: input })
  return loadTargets(trx, campaignId)
}
