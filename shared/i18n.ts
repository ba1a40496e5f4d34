import { z } from 'zod'
import { LANGUAGES, localize, type Language } from './languages'

export { LANGUAGES, localize, type Language }
export const languageSchema = z.enum(LANGUAGES)

/** A text in every supported language; Vietnamese is required to be non-empty. */
export const localizedTextSchema = z.object({
  vi: z.string().trim().min(1),
  en: z.string().trim(),
})
export type LocalizedText = z.infer<typeof localizedTextSchema>
