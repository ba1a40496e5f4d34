import { z } from 'zod'
import { storableString } from '../text/storable-text'

export const CASE_STATUSES = ['new', 'in_progress', 'answered', 'closed'] as const
export const caseStatusSchema = z.enum(CASE_STATUSES)
export type CaseStatus = z.infer<typeof caseStatusSchema>

/**
 * A campaign's rule for which answers with a comment open a case: `dissatisfied_or_requested`
 * (default) when the overall rating is at its bottom two levels, any criterion is at 1–2, or the
 * citizen ticked "I would like an answer"; `requested_only` on the tick alone.
 */
export const CASE_RULES = ['dissatisfied_or_requested', 'requested_only'] as const
export type CaseRule = (typeof CASE_RULES)[number]

/** A case as the unit's inbox shows it: the comment is stored masked, so no personal data is in it. */
export const feedbackCaseSchema = z.object({
  id: z.number(),
  code: z.string(),
  campaignId: z.number(),
  campaignName: z.string(),
  agencyId: z.number(),
  agencyName: z.string(),
  status: caseStatusSchema,
  requested: z.boolean(),
  dissatisfied: z.boolean(),
  /** The citizen's comment, with personal data masked before it was stored. */
  comment: z.string().nullable(),
  commentMasks: z.number(),
  overall: z.number().nullable(),
  channel: z.string(),
  publicReply: z.string().nullable(),
  internalNote: z.string().nullable(),
  /** ISO time, to the hour. */
  openedAt: z.string(),
  /** `YYYY-MM-DD`: the last working day to answer. */
  dueOn: z.string(),
  answeredAt: z.string().nullable(),
  /** Not answered or closed and past its due day (Viet Nam time). */
  overdue: z.boolean(),
})
export type FeedbackCase = z.infer<typeof feedbackCaseSchema>

/** `GET /cases`: which cases, by status (or open/overdue), campaign and unit. */
export const caseListQuerySchema = z.object({
  status: z.enum([...CASE_STATUSES, 'open', 'overdue']).optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  campaignId: z.coerce.number().int().positive().optional(),
})

/** `GET /campaigns/{id}/case-figures`: one unit's figures, or every unit the account reads. */
export const caseFiguresQuerySchema = z.object({ agencyId: z.coerce.number().int().positive().optional() })

export const caseSummarySchema = z.object({ open: z.number(), overdue: z.number() })
export type CaseSummary = z.infer<typeof caseSummarySchema>

export const REPLY_MAX_LENGTH = 4000

/** `PATCH /api/v1/cases/:id`: each field optional; a reply or note of only spaces clears it. */
export const updateCaseSchema = z
  .object({
    status: caseStatusSchema,
    publicReply: storableString().max(REPLY_MAX_LENGTH).nullable(),
    internalNote: storableString().max(REPLY_MAX_LENGTH).nullable(),
  })
  .partial()
  .strict()
export type UpdateCase = z.infer<typeof updateCaseSchema>

/** A unit's (or a campaign's) loop figures: how its citizens' cases were answered. */
export const loopFiguresSchema = z.object({
  campaignId: z.number(),
  agencyId: z.number(),
  opened: z.number(),
  answered: z.number(),
  answeredOnTime: z.number(),
  /** Median calendar days from opening to the public reply, among answered cases; null when none. */
  medianDaysToAnswer: z.number().nullable(),
})
export type LoopFigures = z.infer<typeof loopFiguresSchema>
