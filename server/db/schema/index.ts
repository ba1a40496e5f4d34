import type * as agency from './agency'
import type * as auditLog from './audit-log'
import type * as burstSighting from './burst-sighting'
import type * as campaign from './campaign'
import type * as campaignTeam from './campaign-team'
import type * as campaignUnit from './campaign-unit'
import type * as deviceSession from './device-session'
import type * as feedbackCase from './feedback-case'
import type * as flagReviewListing from './flag-review-listing'
import type * as language from './language'
import type * as loginFailure from './login-failure'
import type * as national from './national'
import type * as organisation from './organisation'
import type * as paperForm from './paper-form'
import type * as plan from './plan'
import type * as questionnaire from './questionnaire'
import type * as receiptCode from './receipt-code'
import type * as response from './response'
import type * as resultPublication from './result-publication'
import type * as rollup from './rollup'
import type * as session from './session'
import type * as surveyLink from './survey-link'
import type * as unitResultNote from './unit-result-note'
import type * as user from './user'

export type DatabaseSchema = agency.PartialDB &
  user.PartialDB &
  session.PartialDB &
  questionnaire.PartialDB &
  campaign.PartialDB &
  campaignUnit.PartialDB &
  auditLog.PartialDB &
  surveyLink.PartialDB &
  receiptCode.PartialDB &
  response.PartialDB &
  rollup.PartialDB &
  organisation.PartialDB &
  campaignTeam.PartialDB &
  plan.PartialDB &
  national.PartialDB &
  language.PartialDB &
  paperForm.PartialDB &
  resultPublication.PartialDB &
  unitResultNote.PartialDB &
  feedbackCase.PartialDB &
  flagReviewListing.PartialDB &
  deviceSession.PartialDB &
  loginFailure.PartialDB &
  burstSighting.PartialDB
