import type { SurveyLink } from '../../shared/links/schemas'
import type { SurveyLinkRow } from '../db/schema/survey-link'
import { surveyUrl } from './link-code'

export function toSurveyLink(row: SurveyLinkRow, publicUrl: string): SurveyLink {
  return {
    id: row.id,
    code: row.code,
    url: surveyUrl(publicUrl, row.channel, row.code),
    campaignId: row.campaign_id,
    agencyId: row.agency_id,
    channel: row.channel,
    label: row.label,
    languages: row.languages,
    readAloud: row.read_aloud,
    revoked: row.revoked_at !== null,
    createdAt: row.created_at.toISOString(),
  }
}
