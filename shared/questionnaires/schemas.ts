import { z } from 'zod'
import { questionnaireDefinitionSchema, scoringSchema } from './definition'

export const QUESTIONNAIRE_KINDS = ['sipas2017', 'sipas2022', 'onestop2018'] as const
export const questionnaireKindSchema = z.enum(QUESTIONNAIRE_KINDS)
export type QuestionnaireKind = z.infer<typeof questionnaireKindSchema>

/**
 * API shape: the definition's fields (elements, scale, expectations…) at the top level,
 * labels as `{vi, en}`. A copy keeps its template's kind and scoring.
 */
export const questionnaireSchema = questionnaireDefinitionSchema.extend({
  id: z.number(),
  name: z.string(),
  kind: questionnaireKindSchema,
  version: z.number(),
  status: z.enum(['draft', 'published']),
  scoring: scoringSchema,
  basedOnId: z.number().nullable(),
  builtin: z.boolean(),
  publishedAt: z.string().nullable(),
})
export type Questionnaire = z.infer<typeof questionnaireSchema>

export const questionnaireSummarySchema = questionnaireSchema.pick({
  id: true,
  name: true,
  kind: true,
  version: true,
  status: true,
  scoring: true,
  basedOnId: true,
  builtin: true,
  publishedAt: true,
})
export type QuestionnaireSummary = z.infer<typeof questionnaireSummarySchema>

/** `POST /api/v1/questionnaires`: a new draft copied from an existing version. */
export const createQuestionnaireSchema = z.object({
  basedOnId: z.number().int().positive(),
  name: z.string().trim().min(1, 'is required').max(300).optional(),
})

/** `PATCH /api/v1/questionnaires/:id`: drafts only; a published version is frozen. */
export const updateQuestionnaireSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(300).optional(),
  definition: questionnaireDefinitionSchema.optional(),
})
