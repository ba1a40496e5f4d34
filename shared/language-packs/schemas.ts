import { z } from 'zod'
import { FIELD_ERROR_CODES } from '../http/errors'

/** The built-in languages: their texts are part of each questionnaire version; a pack adds any other. */
export const BUILTIN_LANGUAGES = ['vi', 'en'] as const

/** A BCP 47 tag as a province writes it: an ISO 639 code (`blt`, `hmn`, `th`), maybe a region or script (`tdd-VN`). */
export const languageCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code like "blt" or "hmn-VN"')
  .max(35)

export const languageSchema = z.object({
  code: languageCodeSchema,
  /** The language's own name, as its speakers write it (e.g. "ꪼꪕꪒꪾꪙ" for Tai Dam). */
  name: z.string().trim().min(1, 'is required').max(60),
  builtin: z.boolean(),
})
export type LanguageInfo = z.infer<typeof languageSchema>

export const addLanguageSchema = languageSchema.pick({ code: true, name: true })
export type AddLanguage = z.infer<typeof addLanguageSchema>

/** A language's pack for one questionnaire version: how many of its texts and recordings exist. */
export const packSummarySchema = z.object({
  lang: languageCodeSchema,
  texts: z.number(),
  recordings: z.number(),
})

/** One text of a questionnaire and the survey app, in the languages that have it. */
export const packTextSchema = z.object({
  key: z.string(),
  /** Language code → text; `vi` always, `en` when written, others from their packs. */
  texts: z.record(z.string(), z.string()),
  /** Language code → the recording's URL, for the languages that have one. */
  recordings: z.record(z.string(), z.string()),
})
export type PackText = z.infer<typeof packTextSchema>

export const questionnaireTextsSchema = z.object({
  languages: z.array(languageSchema),
  texts: z.array(packTextSchema),
})
export type QuestionnaireTexts = z.infer<typeof questionnaireTextsSchema>

/** One cell the spreadsheet import refused, named as Excel names it (`D12`). */
export const packImportProblemSchema = z.object({ cell: z.string(), code: z.enum(FIELD_ERROR_CODES), message: z.string() })
export type PackImportProblem = z.infer<typeof packImportProblemSchema>

export const packImportResultSchema = z.object({ imported: z.array(z.object({ lang: z.string(), texts: z.number() })) })

/** Uploaded recordings: Ogg (Opus), WebM, MP3 or M4A, at most 1 MB. */
export const MAX_RECORDING_BYTES = 1024 * 1024
