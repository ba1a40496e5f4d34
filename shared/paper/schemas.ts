import { z } from 'zod'
import { questionnaireDefinitionSchema } from '../questionnaires/definition'
import { responseSubmissionSchema } from '../responses/submission'

export { MAX_PAPER_FORMS_PER_BATCH } from './serial'

/** `GET /paper-forms`: the forms awaiting a resolution. */
export const paperFormListQuerySchema = z.object({ state: z.enum(['mismatch']) })

/** `open`: not entered yet; `entered_once`: awaits a second entry by another account; `mismatch`: the two entries differ, awaiting resolution; `counted`: stored as a response. */
export const paperFormStateSchema = z.enum(['open', 'entered_once', 'mismatch', 'counted'])
export type PaperFormState = z.infer<typeof paperFormStateSchema>

export const fieldValueSchema = z.union([z.number().int(), z.string().max(2000), z.boolean(), z.array(z.string().max(80)).max(50), z.null()])

/** `POST /paper-forms/{serial}/entries`: one account's typing of the form. */
export const paperEntrySchema = responseSubmissionSchema.pick({
  answers: true,
  overall: true,
  gaveFeedback: true,
  expectations: true,
  perceptions: true,
  demographics: true,
  serviceField: true,
  comment: true,
})
export type PaperEntryInput = z.input<typeof paperEntrySchema>

/** `POST /paper-forms/{serial}/resolution`: the value read on the paper for each field the two entries disagree on. */
export const paperResolutionSchema = z.object({ values: z.record(z.string().max(120), fieldValueSchema) })
export type PaperResolution = z.infer<typeof paperResolutionSchema>

export const fieldMismatchSchema = z.object({ field: z.string(), first: fieldValueSchema, second: fieldValueSchema })

/** What an entry or a resolution did to its form. */
export const paperFormOutcomeSchema = z.object({
  serial: z.string(),
  state: paperFormStateSchema,
  /** The response the form became, once counted. */
  responseId: z.number().nullable(),
  /** The fields the two entries disagree on (state `mismatch`). */
  mismatches: z.array(fieldMismatchSchema),
})
export type PaperFormOutcome = z.infer<typeof paperFormOutcomeSchema>

/** `GET /paper-forms/{serial}`: a form, its questionnaire and where its entry stands. */
export const paperFormSchema = paperFormOutcomeSchema.extend({
  campaignId: z.number(),
  campaignName: z.string(),
  agencyId: z.number(),
  unitName: z.string(),
  definition: questionnaireDefinitionSchema,
  entries: z.array(z.object({ round: z.number(), userId: z.number(), userName: z.string() })),
})
export type PaperForm = z.infer<typeof paperFormSchema>

/** `GET /paper-forms?state=mismatch`: forms waiting for a third person. */
export const paperFormSummarySchema = z.object({
  serial: z.string(),
  campaignId: z.number(),
  campaignName: z.string(),
  agencyId: z.number(),
  unitName: z.string(),
  enteredBy: z.array(z.string()),
})
export type PaperFormSummary = z.infer<typeof paperFormSummarySchema>
