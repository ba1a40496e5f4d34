import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

/** The units of a campaign that have responses, and the questionnaire versions those answer. */
export async function loadRespondingUnits(trx: Kysely<DatabaseSchema>, campaignId: number): Promise<{ agencyIds: number[]; questionnaireIds: number[] }> {
  const cells = await trx.selectFrom('responses').select(['agency_id', 'questionnaire_id']).distinct().where('campaign_id', '=', campaignId).execute()
  return { agencyIds: [...new Set(cells.map((c) => c.agency_id))], questionnaireIds: [...new Set(cells.map((c) => c.questionnaire_id))] }
}
