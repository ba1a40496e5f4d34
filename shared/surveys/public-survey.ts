import { z } from 'zod'
import { languageCodeSchema } from '../language-packs/schemas'
import { channelSchema } from '../links/schemas'
import { localizedDefinitionSchema, scoringSchema } from '../questionnaires/definition'
import { questionnaireKindSchema } from '../questionnaires/schemas'

/** `GET /api/v1/public/surveys/{code}` query: one of the link's languages (else its first), and `preview=1` when staff look at a link (the page then sends nothing). */
export const publicSurveyQuerySchema = z.object({
  lang: languageCodeSchema.optional(),
  preview: z.enum(['0', '1']).optional(),
})

/** `GET /api/v1/public/surveys/{code}?lang=<code>`: what a kiosk or phone needs to show the survey, in one of the link's languages. */
export const publicSurveySchema = z.object({
  code: z.string(),
  channel: channelSchema,
  /** The language of the texts below: the one asked for if the link offers it, else the link's first. */
  lang: z.string(),
  /** The languages the link offers, the first shown first, each with its own name. */
  languages: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The survey app's words in a language besides Vietnamese and English (its pack's `app.*` texts). */
  messages: z.record(z.string(), z.string()).optional(),
  /** Each question is read aloud when it comes on screen. */
  readAloud: z.boolean(),
  /** Text key (docs/languages.md) → URL of the recording that reads it in `lang`. */
  recordings: z.record(z.string(), z.string()),
  unit: z.object({ id: z.number(), name: z.string() }),
  campaign: z.object({ id: z.number(), name: z.string(), year: z.number(), startsOn: z.string(), endsOn: z.string() }),
  /** Kiosks return to the start after this many idle seconds. */
  idleResetSeconds: z.number(),
  /** Asked for with `?preview=1`: staff look at the link, maybe outside the period; the page never sends answers. */
  preview: z.literal(true).optional(),
  questionnaire: localizedDefinitionSchema.extend({
    id: z.number(),
    kind: questionnaireKindSchema,
    scoring: scoringSchema,
    version: z.number(),
  }),
})
export type PublicSurvey = z.infer<typeof publicSurveySchema>
