import { z } from 'zod'
import { localizedTextSchema } from '../i18n'

/** Stable machine keys such as `access.seating`: lower-case words joined by dots or underscores. */
export const keySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'must be a key like "access.seating"')
  .max(80)

/**
 * The definition's schema over a kind of text: `{vi, en}` as stored and edited, or one
 * language's plain string as a respondent's page receives it (`localizedDefinitionSchema`).
 */
function definitionSchemaOver<Text extends z.ZodType>(text: Text) {
  const option = z.object({ key: keySchema, label: text })
  const scalePoint = z.object({ value: z.number().int(), label: text })
  const singleChoice = z.object({ key: keySchema, label: text, options: z.array(option).min(2) })
  const criterion = z.object({
    key: keySchema,
    label: text,
    /** What each point of the scale means for this criterion, in the scale's order (e.g. "3 times or more / twice / once" for a count). */
    levels: z.array(text).optional(),
  })
  const element = z.object({
    key: keySchema,
    label: text,
    /** `gaveFeedback`: only respondents who answered yes to the feedback filter question answer it. */
    onlyIf: z.literal('gaveFeedback').optional(),
    criteria: z.array(criterion).min(1),
  })
  return z.object({
    /** Introduction shown before the first question. */
    intro: text,
    /** Answer scale of every criterion, ascending (1–5, or 0–2 points). "No answer" is always allowed. */
    scale: z.array(scalePoint).min(2),
    elements: z.array(element).min(1),
    /** The filter question for elements marked `onlyIf: gaveFeedback`. */
    feedbackQuestion: text.optional(),
    /** Overall satisfaction; `satisfiedValues` are the answers counted as satisfied. */
    overall: z
      .object({
        label: text,
        scale: z.array(scalePoint).min(2),
        satisfiedValues: z.array(z.number().int()).min(1),
      })
      .optional(),
    /** Single-choice perception items (e.g. "were you asked to pay extra?"). */
    perceptions: z.array(singleChoice).default([]),
    expectations: z.object({ label: text, max: z.number().int().min(1), options: z.array(option).min(1) }).optional(),
    serviceFields: z.object({ label: text, options: z.array(option).min(1) }).optional(),
    demographics: z.array(singleChoice).default([]),
    comment: z.object({ label: text, hint: text, maxLength: z.number().int().max(2000) }).optional(),
  })
}

/**
 * How the indices module scores the criteria:
 * - `share45`: share of answers 4–5 among valid answers 1–5 (SIPAS);
 * - `points`: mean points per indicator and total, e.g. 0–2 points × 9 (one-stop desk).
 */
export const scoringSchema = z.enum(['share45', 'points'])
export type Scoring = z.infer<typeof scoringSchema>

export const questionnaireDefinitionSchema = definitionSchemaOver(localizedTextSchema)
/** The definition in one language: what the kiosk and phone pages show. */
export const localizedDefinitionSchema = definitionSchemaOver(z.string())
export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinitionSchema>

type Definition = QuestionnaireDefinition
export type Option = NonNullable<Definition['expectations']>['options'][number]
export type Element = Definition['elements'][number]
export type Criterion = Element['criteria'][number]
export type SingleChoice = Definition['perceptions'][number]
