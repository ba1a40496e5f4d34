import type { Transaction } from 'kysely'
import type { CampaignStatus } from '../../shared/campaigns/schemas'
import type { DatabaseSchema } from '../db/schema'
import { conflict, fieldError, problem } from '../http/errors'

/** Campaigns run a published (frozen) questionnaire, so every response points at fixed questions. */
export async function checkPublishedQuestionnaire(trx: Transaction<DatabaseSchema>, questionnaireId: number): Promise<void> {
  const questionnaire = await trx.selectFrom('questionnaires').select('status').where('id', '=', questionnaireId).executeTakeFirst()
  if (!questionnaire) throw fieldError('questionnaireId', 'not_found', 'no such questionnaire')
  if (questionnaire.status !== 'published') throw fieldError('questionnaireId', 'not_published', 'must be a published questionnaire')
}

export async function hasResponses(trx: Transaction<DatabaseSchema>, campaignId: number, agencyIds?: number[]): Promise<boolean> {
  let query = trx.selectFrom('responses').select('id').where('campaign_id', '=', campaignId).limit(1)
  if (agencyIds) {
    if (agencyIds.length === 0) return false
    query = query.where('agency_id', 'in', agencyIds)
  }
  return (await query.executeTakeFirst()) !== undefined
}

/**
 * draft → open → closed; a closed campaign may be reopened (e.g. closed too early), and a
 * campaign goes back to draft only while it has no responses.
 */
export async function checkStatusChange(
  trx: Transaction<DatabaseSchema>,
  campaignId: number,
  from: CampaignStatus,
  to: CampaignStatus,
  unitCount: number,
): Promise<void> {
  if (from === to) return
  if (to === 'open' && unitCount === 0) throw fieldError('status', 'needs_units', 'add at least one unit before opening the campaign')
  if (from === 'draft' && to === 'closed') throw fieldError('status', 'open_before_close', 'a draft campaign must be opened before it is closed')
  if (to === 'draft' && (await hasResponses(trx, campaignId)))
    throw conflict('The campaign has responses; it cannot go back to draft', {
      status: problem('has_responses', 'cannot return to draft once responses exist'),
    })
}
