import { z } from 'zod'
import { responseChannelSchema } from '../responses/channels'

/** 'include': a flagged answer counts like an unflagged one; 'exclude': it counts in no figure. */
export const REVIEW_DECISIONS = ['include', 'exclude'] as const
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS)
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>

/** Why the answer path flagged an answer (`responses.flag_reason`, comma-separated). */
export const FLAG_REASONS = ['too_frequent', 'burst', 'clock_ahead', 'clock_before_link'] as const

/**
 * One flagged answer as the review lists it: nothing that identifies it beyond `item`, its
 * place in this listing (valid with the listing's id only). `burst` groups the answers of
 * one burst (same unit and link, same hour, the same answer set) within the listing.
 */
export const flaggedAnswerSchema = z.object({
  item: z.number().int(),
  burst: z.number().int().nullable(),
  agencyId: z.number(),
  unitName: z.string(),
  channel: responseChannelSchema,
  /** The survey link's label; null for interviews and paper forms. */
  linkLabel: z.string().nullable(),
  /** `YYYY-MM-DD HH:00`, Viet Nam time. */
  hour: z.string(),
  reasons: z.array(z.string()),
  answers: z.record(z.string(), z.number().nullable()),
  overall: z.number().nullable(),
  decision: reviewDecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
})
export type FlaggedAnswer = z.infer<typeof flaggedAnswerSchema>

export const flaggedAnswersSchema = z.object({
  campaignId: z.number(),
  /** Names this listing: decisions refer to its items. */
  listing: z.string(),
  answers: z.array(flaggedAnswerSchema),
})
export type FlaggedAnswers = z.infer<typeof flaggedAnswersSchema>

export const flaggedAnswersQuerySchema = z.object({ agencyId: z.coerce.number().int().positive().optional() })

/** A decision on some items of a listing; `undo` returns them to plain flagged answers. */
export const flagReviewSchema = z
  .object({
    listing: z.string().min(1).max(64),
    items: z.array(z.number().int().min(0)).min(1).max(10_000),
    decision: z.enum([...REVIEW_DECISIONS, 'undo']),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((r) => r.decision === 'undo' || (r.reason !== undefined && r.reason.length > 0), { path: ['reason'], message: 'is required' })
export type FlagReview = z.infer<typeof flagReviewSchema>

export const flagReviewResultSchema = z.object({ changed: z.number() })
export type FlagReviewResult = z.infer<typeof flagReviewResultSchema>

/** How many answers of a unit a decision counted or left out, and why. */
export const reviewSummarySchema = z.object({
  agencyId: z.number(),
  decision: reviewDecisionSchema,
  reason: z.string(),
  n: z.number(),
})
export type ReviewSummary = z.infer<typeof reviewSummarySchema>
