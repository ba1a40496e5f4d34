import { z } from 'zod'
import { DEFAULT_SAMPLE_MARGIN, MAX_SAMPLE_MARGIN } from './sample-size'

export const unitTargetSchema = z.object({
  agencyId: z.number(),
  code: z.string(),
  name: z.string(),
  /** Transactions N in the period; null when not given (the default target applies). */
  transactions: z.number().nullable(),
  /** ⌈N / (1 + N·e²)⌉, or the campaign's default target; null when neither is set. */
  target: z.number().nullable(),
})

/** `GET/PUT /campaigns/{id}/targets`. */
export const campaignTargetsSchema = z.object({
  campaignId: z.number(),
  margin: z.number(),
  defaultTarget: z.number().nullable(),
  units: z.array(unitTargetSchema),
})
export type CampaignTargets = z.infer<typeof campaignTargetsSchema>

const transactions = z.number().int('must be a whole number').min(0, 'must not be negative').max(100_000_000)

/** Absent fields are left as they are; units not listed keep their N. */
export const setCampaignTargetsSchema = z.object({
  margin: z.number().gt(0, 'must be above 0').max(MAX_SAMPLE_MARGIN, `must be at most ${MAX_SAMPLE_MARGIN}`).optional(),
  defaultTarget: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1_000_000).nullable().optional(),
  units: z
    .array(z.object({ agencyId: z.number().int().positive(), transactions: transactions.nullable() }))
    .max(2000)
    .optional(),
})
export type SetCampaignTargets = z.infer<typeof setCampaignTargetsSchema>

export { DEFAULT_SAMPLE_MARGIN, MAX_SAMPLE_MARGIN }
