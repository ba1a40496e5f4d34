import { z } from 'zod'

export const CHANNELS = ['kiosk', 'qr'] as const
export const channelSchema = z.enum(CHANNELS)
export type Channel = z.infer<typeof channelSchema>

export const createLinkSchema = z.object({
  channel: channelSchema,
  label: z.string().trim().min(1, 'is required').max(200),
})
export type CreateLink = z.infer<typeof createLinkSchema>

export const surveyLinkSchema = z.object({
  id: z.number(),
  code: z.string(),
  url: z.string(),
  campaignId: z.number(),
  agencyId: z.number(),
  channel: channelSchema,
  label: z.string(),
  revoked: z.boolean(),
  createdAt: z.string(),
})
export type SurveyLink = z.infer<typeof surveyLinkSchema>
