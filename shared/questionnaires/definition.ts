import { z } from 'zod'
import { localizedTextSchema } from '../i18n'

/** Stable machine keys such as `access.seating`: lower-case words joined by dots or underscores. */
export const keySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'must be a key like "access.seating"')
  .max(80)

export const optionSchema = z.object({ key: keySchema, label: localizedTextSchema })
export type Option = z.infer<typeof optionSchema>

export const criterionSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  /** What each point of the scale means for this criterion, in the scale's order (e.g. "3 times or more / twice / once" for a count). */
  levels: z.array(localizedTextSchema).optional(),
})
export type Criterion = z.infer<typeof criterionSchema>

export const elementSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  /** `gaveFeedback`: only respondents who answered yes to the feedback filter question answer it. */
  onlyIf: z.literal('gaveFeedback').optional(),
  criteria: z.array(criterionSchema).min(1),
})
export type Element = z.infer<typeof elementSchema>

export const scalePointSchema = z.object({ value: z.number().int(), label: localizedTextSchema })

/**
 * How the indices module scores the criteria:
 * - `share45`: share of answers 4–5 among valid answers 1–5 (SIPAS);
 * - `points`: mean points per indicator and total, e.g. 0–2 points × 9 (one-stop desk).
 */
export const scoringSchema = z.enum(['share45', 'points'])
export type Scoring = z.infer<typeof scoringSchema>

export const singleChoiceSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  options: z.array(optionSchema).min(2),
})
export type SingleChoice = z.infer<typeof singleChoiceSchema>

export const questionnaireDefinitionSchema = z.object({
  /** Introduction shown before the first question. */
  intro: localizedTextSchema,
  /** Answer scale of every criterion, ascending (1–5, or 0–2 points). "No answer" is always allowed. */
  scale: z.array(scalePointSchema).min(2),
  elements: z.array(elementSchema).min(1),
  /** The filter question for elements marked `onlyIf: gaveFeedback`. */
  feedbackQuestion: localizedTextSchema.optional(),
  /** Overall satisfaction; `satisfiedValues` are the answers counted as satisfied. */
  overall: z
    .object({
      label: localizedTextSchema,
      scale: z.array(scalePointSchema).min(2),
      satisfiedValues: z.array(z.number().int()).min(1),
    })
    .optional(),
  /** Single-choice perception items (e.g. "were you asked to pay extra?"). */
  perceptions: z.array(singleChoiceSchema).default([]),
  expectations: z.object({ label: localizedTextSchema, max: z.number().int().min(1), options: z.array(optionSchema).min(1) }).optional(),
  serviceFields: z.object({ label: localizedTextSchema, options: z.array(optionSchema).min(1) }).optional(),
  demographics: z.array(singleChoiceSchema).default([]),
  comment: z.object({ label: localizedTextSchema, hint: localizedTextSchema, maxLength: z.number().int().max(2000) }).optional(),
})
export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinitionSchema>
