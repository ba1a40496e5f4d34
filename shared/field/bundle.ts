import type { Language } from '../i18n'
import type { PublicSurvey } from '../surveys/public-survey'
import type { FieldSurveyor } from './schemas'

/**
 * `GET /api/v1/field/bundle`: everything a surveyor's device keeps for days offline, the open
 * campaigns of the surveyor's team with their units and questionnaire in both languages.
 */
export interface FieldBundle {
  surveyor: FieldSurveyor
  downloadedAt: string
  campaigns: FieldCampaign[]
}

export interface FieldCampaign {
  id: number
  name: string
  year: number
  startsOn: string
  endsOn: string
  units: { id: number; name: string }[]
  questionnaire: Record<Language, PublicSurvey['questionnaire']>
}
