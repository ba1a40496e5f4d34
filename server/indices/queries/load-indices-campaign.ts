import type { Kysely } from 'kysely'
import type { QuestionnaireDefinition, Scoring } from '../../../shared/questionnaires/definition'
import type { DatabaseSchema } from '../../db/schema'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import type { ScoringPlan } from '../compute/scoring'

export interface IndicesCampaign {
  id: number
  name: string
  year: number
  scoring: Scoring
  definition: QuestionnaireDefinition
  plan: ScoringPlan
  /** The surveyed units, by name. */
  units: { agencyId: number; name: string }[]
}

/** A campaign with its questionnaire's scoring plan and its units; undefined when absent. */
export async function loadIndicesCampaign(
  db: Kysely<DatabaseSchema>,
  questionnaires: PublishedQuestionnaires,
  campaignId: number,
): Promise<IndicesCampaign | undefined> {
  const campaign = await db.selectFrom('campaigns').select(['id', 'name', 'year', 'questionnaire_id']).where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) return undefined
  const questionnaire = (await questionnaires.row(db, campaign.questionnaire_id))!
  const { plan } = (await questionnaires.rollupsOf(db, [campaign.questionnaire_id])).get(campaign.questionnaire_id)!
  const units = await db
    .selectFrom('campaign_units')
    .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
    .select(['agencies.id as agencyId', 'agencies.name'])
    .where('campaign_units.campaign_id', '=', campaignId)
    .orderBy('agencies.name')
    .execute()
  return { id: campaign.id, name: campaign.name, year: campaign.year, scoring: questionnaire.scoring, definition: questionnaire.definition, plan, units }
}
