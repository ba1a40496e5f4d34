import type { Kysely } from 'kysely'
import type { QuestionnaireDefinition, Scoring } from '../../../shared/questionnaires/definition'
import type { DatabaseSchema } from '../../db/schema'
import { type ScoringPlan, scoringPlan } from '../compute/scoring'

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
export async function loadIndicesCampaign(db: Kysely<DatabaseSchema>, campaignId: number): Promise<IndicesCampaign | undefined> {
  const row = await db
    .selectFrom('campaigns')
    .innerJoin('questionnaires', 'questionnaires.id', 'campaigns.questionnaire_id')
    .select(['campaigns.id', 'campaigns.name', 'campaigns.year', 'questionnaires.scoring', 'questionnaires.definition'])
    .where('campaigns.id', '=', campaignId)
    .executeTakeFirst()
  if (!row) return undefined
  const units = await db
    .selectFrom('campaign_units')
    .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
    .select(['agencies.id as agencyId', 'agencies.name'])
    .where('campaign_units.campaign_id', '=', campaignId)
    .orderBy('agencies.name')
    .execute()
  return { ...row, plan: scoringPlan(row.scoring, row.definition), units }
}
