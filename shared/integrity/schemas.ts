import { z } from 'zod'
import { openingHoursSchema } from '../agencies/schemas'
import { channelGapSchema } from '../indices/schemas'
import { responseChannelSchema } from '../responses/channels'

export type { OpeningHours } from '../agencies/schemas'

export const SIGNAL_KEYS = ['outsideHours', 'bursts', 'identical', 'allTop', 'verified'] as const

/**
 * One signal over a link's or unit's answers: `count` of `total` answers (`share` in %).
 * `notable`: the figure passes the threshold the panel explains; null for context figures
 * judged by no threshold (the verified share) or too few answers to judge.
 */
export const signalSchema = z.object({
  key: z.enum(SIGNAL_KEYS),
  count: z.number(),
  total: z.number(),
  share: z.number().nullable(),
  notable: z.boolean().nullable(),
  /** identical: the size of the largest group of identical answer sets. */
  largest: z.number().optional(),
})
export type Signal = z.infer<typeof signalSchema>

/** Answers against the desk's transactions: the busiest hour beside the average transactions per opening hour. */
export const paceSchema = z.object({
  transactions: z.number(),
  openHours: z.number(),
  transactionsPerHour: z.number().nullable(),
  answers: z.number(),
  /** `YYYY-MM-DD HH:00`, Viet Nam time. */
  busiestHour: z.string().nullable(),
  busiestHourAnswers: z.number(),
  notable: z.boolean(),
})
export type Pace = z.infer<typeof paceSchema>

export const integrityLinkSchema = z.object({
  agencyId: z.number(),
  channel: responseChannelSchema,
  /** The link's label; null for interviews and paper forms (no link). */
  label: z.string().nullable(),
  total: z.number(),
  signals: z.array(signalSchema),
})

export const integrityUnitSchema = z.object({
  agencyId: z.number(),
  name: z.string(),
  openingHours: openingHoursSchema,
  total: z.number(),
  signals: z.array(signalSchema),
  /** Null when the unit's transactions N are not known. */
  pace: paceSchema.nullable(),
  /** Kiosk index − another channel's, both reliable; notable when the whole interval is above zero. */
  kioskGaps: z.array(channelGapSchema.extend({ notable: z.boolean() })),
})
export type IntegrityUnit = z.infer<typeof integrityUnitSchema>

export const campaignIntegritySchema = z.object({
  campaignId: z.number(),
  campaignName: z.string(),
  units: z.array(integrityUnitSchema),
  links: z.array(integrityLinkSchema),
})
export type CampaignIntegrity = z.infer<typeof campaignIntegritySchema>

export const integrityQuerySchema = z.object({ agencyId: z.coerce.number().int().positive().optional() })
