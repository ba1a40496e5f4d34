import { z } from 'zod'
import { LANGUAGES, type Language, localize } from './languages'

export { LANGUAGES, type Language, localize }
export const languageSchema = z.enum(LANGUAGES)

/** A text in every supported language; Vietnamese is required to be non-empty. */
export const localizedTextSchema = z.object({
  vi: z.string().trim().min(1),
  en: z.string().trim(),
})
export type LocalizedText = z.infer<typeof localizedTextSchema>
