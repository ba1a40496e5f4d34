import { endpoints } from '../../../shared/api/endpoints'
import type { Campaign } from '../../../shared/campaigns/schemas'
import type { CampaignIndices } from '../../../shared/indices/schemas'
import type { Questionnaire } from '../../../shared/questionnaires/schemas'
import { call } from '../../api/client'
import { type Filters, filtersToQuery } from './view-model'

export interface CampaignResults {
  campaign: Campaign
  questionnaire: Questionnaire
  indices: CampaignIndices
}

/** A campaign's indices under the filters, with its questionnaire for the labels. */
export async function loadCampaignResults(campaignId: number, filters: Filters, signal: AbortSignal, agencyId?: number): Promise<CampaignResults> {
  const campaign = await call(endpoints.campaigns.get, { params: { id: campaignId }, signal })
  const [questionnaire, indices] = await Promise.all([
    call(endpoints.questionnaires.get, { params: { id: campaign.questionnaireId }, signal }),
    call(endpoints.indices.campaign, { params: { id: campaignId }, query: { ...filtersToQuery(filters), agencyId }, signal }),
  ])
  return { campaign, questionnaire, indices }
}
