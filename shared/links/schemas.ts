import { z } from 'zod'
import { languageCodeSchema } from '../language-packs/schemas'
import { MAX_RECEIPTS_PER_BATCH } from './receipts'

export const CHANNELS = ['kiosk', 'qr'] as const
export const channelSchema = z.enum(CHANNELS)
export type Channel = z.infer<typeof channelSchema>

export const createLinkSchema = z.object({
  channel: channelSchema,
  label: z.string().trim().min(1, 'is required').max(200),
  /** The languages offered, the first shown first; each besides vi and en needs its pack for the campaign's questionnaire. Default: vi, en. */
  languages: z
    .array(languageCodeSchema)
    .min(1)
    .max(12)
    .refine((codes) => new Set(codes).size === codes.length, 'must not repeat a language')
    .optional(),
  /** Read each question aloud when it comes on screen. */
  readAloud: z.boolean().optional(),
})

export const surveyLinkSchema = z.object({
  id: z.number(),
  code: z.string(),
  url: z.string(),
  campaignId: z.number(),
  agencyId: z.number(),
  channel: channelSchema,
  label: z.string(),
  languages: z.array(z.string()),
  readAloud: z.boolean(),
  revoked: z.boolean(),
  createdAt: z.string(),
})
export type SurveyLink = z.infer<typeof surveyLinkSchema>

/** Receipt codes for appointment slips, for one QR link. */
export const receiptBatchRequestSchema = z.object({
  count: z.number().int().min(1).max(MAX_RECEIPTS_PER_BATCH),
  /** The QR link the slips point to; each slip's URL carries its code as `?r=`. */
  linkCode: z.string().min(1).max(64),
})

/** The codes, returned once (only their hashes are kept). */
export const receiptBatchSchema = z.object({ batch: z.string(), receipts: z.array(z.object({ code: z.string(), url: z.string() })) })
