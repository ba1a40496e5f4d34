import type { Channel } from '../links/schemas'
import type { QuestionnaireDefinition, Scoring } from '../questionnaires/definition'
import type { Localized } from '../questionnaires/localize'
import type { QuestionnaireKind } from '../questionnaires/schemas'

/** `GET /api/v1/public/surveys/:code?lang=<code>`: what a kiosk or phone needs to show the survey, in one of the link's languages. */
export interface PublicSurvey {
  code: string
  channel: Channel
  /** The language of the texts below: the one asked for if the link offers it, else the link's first. */
  lang: string
  /** The languages the link offers, the first shown first, each with its own name. */
  languages: { code: string; name: string }[]
  /** The survey app's words in a language besides Vietnamese and English (its pack's `app.*` texts). */
  messages?: Record<string, string>
  /** Each question is read aloud when it comes on screen. */
  readAloud: boolean
  /** Text key (docs/languages.md) → URL of the recording that reads it in `lang`. */
  recordings: Record<string, string>
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
