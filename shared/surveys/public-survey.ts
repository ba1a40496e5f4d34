import type { Language } from '../i18n'
import type { Channel } from '../links/schemas'
import type { QuestionnaireDefinition, Scoring } from '../questionnaires/definition'
import type { Localized } from '../questionnaires/localize'
import type { QuestionnaireKind } from '../questionnaires/schemas'

/** `GET /api/v1/public/surveys/:code?lang=vi|en`: what a kiosk or phone needs to show the survey. */
export interface PublicSurvey {
  code: string
  channel: Channel
  lang: Language
  unit: { id: number; name: string }
  campaign: { id: number; name: string; year: number; startsOn: string; endsOn: string }
  /** Kiosks return to the start after this many idle seconds. */
  idleResetSeconds: number
  /** Asked for with `?preview=1`: staff look at the link, maybe outside the period; the page never sends answers. */
  preview?: true
  questionnaire: Localized<QuestionnaireDefinition> & {
    id: number
    kind: QuestionnaireKind
    scoring: Scoring
    version: number
  }
}
