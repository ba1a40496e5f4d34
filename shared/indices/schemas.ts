import { z } from 'zod'
import { isoDateSchema } from '../campaigns/schemas'
import type { FieldErrorCode } from '../http/errors'
import { reviewSummarySchema } from '../integrity/review'
import { scoringSchema } from '../questionnaires/definition'
import { questionnaireKindSchema } from '../questionnaires/schemas'
import { responseChannelSchema } from '../responses/channels'

export { MIN_CELL_RESPONDENTS, MIN_RELIABLE_N } from './thresholds'

const booleanParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

const filterShape = {
  /** Count responses flagged as suspicious (default: excluded). */
  includeFlagged: booleanParam.optional().default(false),
  /** Only responses verified by a receipt code. */
  verifiedOnly: booleanParam.optional().default(false),
  channel: responseChannelSchema.optional(),
  /** Inclusive dates (YYYY-MM-DD, Viet Nam time) of submission. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Restrict to one unit of the campaign (403 outside the account's scope). */
  agencyId: z.coerce.number().int().positive().optional(),
}
const datesInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to
const dateOrder = [datesInOrder, { path: ['to'], message: 'must not be before from', params: { code: 'before_start' } }] as [
  typeof datesInOrder,
  { path: string[]; message: string; params: { code: FieldErrorCode } },
]

/** Query parameters shared by the indices, breakdowns, timeline and export endpoints. */
export const indicesQuerySchema = z.object(filterShape).refine(...dateOrder)
export type IndicesQuery = z.infer<typeof indicesQuerySchema>

/** `comma`: `,` between cells, `.` decimals (programs); `semicolon`: `;` and `,` decimals (Excel set to Vietnamese). */
const csvDialectParam = z.enum(['comma', 'semicolon']).optional().default('comma')

/** `export.csv`: the indices filters and the CSV dialect. */
export const exportCsvQuerySchema = z.object({ ...filterShape, dialect: csvDialectParam }).refine(...dateOrder)

/**
 * `responses.csv` (admins): the same filters, free-text comments only when asked,
 * Vietnamese labels (`labels=vi`, for people) or keys and option codes (`labels=codes`, for programs).
 */
export const responsesExportQuerySchema = z
  .object({
    ...filterShape,
    includeComments: booleanParam.optional().default(false),
    labels: z.enum(['vi', 'codes']).optional().default('vi'),
    dialect: csvDialectParam,
  })
  .refine(...dateOrder)
export type ResponsesExportQuery = z.infer<typeof responsesExportQuerySchema>

/** An index with its number of valid answers and 95% confidence interval. */
export const estimateSchema = z.object({
  /** Percentage 0–100 (share45) or mean points (points); null when there is no data. */
  value: z.number().nullable(),
  n: z.number(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  /** n < 30: show as indicative only. */
  indicative: z.boolean(),
})
export type Estimate = z.infer<typeof estimateSchema>

export const keyedEstimateSchema = estimateSchema.extend({ key: z.string() })
export type KeyedEstimate = z.infer<typeof keyedEstimateSchema>

export const shareSchema = z.object({ key: z.string(), share: z.number().nullable(), n: z.number() })

export const GRADES = ['excellent', 'good', 'fair', 'average', 'weak'] as const
export const gradeSchema = z.enum(GRADES)
export type Grade = z.infer<typeof gradeSchema>

/** One-stop desk method (scoring `points`). */
export const pointsSummarySchema = z.object({
  /** Sum over indicators of the mean points (0–2 each); null when an indicator has no data. */
  total: z.number().nullable(),
  max: z.number(),
  grade: gradeSchema.nullable(),
  perIndicator: z.array(keyedEstimateSchema),
})
export type PointsSummary = z.infer<typeof pointsSummarySchema>

export const channelFiguresSchema = z.object({
  channel: responseChannelSchema,
  n: z.number(),
  /** Null under 5 respondents, as for breakdown cells. */
  sipas: estimateSchema.nullable(),
})
export type ChannelFigures = z.infer<typeof channelFiguresSchema>

/** Kiosk index − another channel's index, in points, with a 95% interval of the difference (independent samples). */
export const channelGapSchema = z.object({
  channel: responseChannelSchema,
  kiosk: estimateSchema,
  other: estimateSchema,
  gap: z.number(),
  ciLow: z.number(),
  ciHigh: z.number(),
})
export type ChannelGap = z.infer<typeof channelGapSchema>

export const unitIndicesSchema = z.object({
  agencyId: z.number(),
  name: z.string(),
  /** Respondents counted under the filters. */
  n: z.number(),
  /** Respondents excluded as flagged (reported even when they are excluded). */
  flagged: z.number(),
  /** Place among the units of this answer whose index is reliable (1 = highest); null when indicative or without data. */
  rank: z.number().int().nullable(),
  /** The unit's overall index under its questionnaire's method (share45: mean of elements; points: share satisfied overall). */
  sipas: estimateSchema,
  elements: z.array(keyedEstimateSchema),
  /** Element keys without any valid answer: the overall index is the mean of the others. */
  elementsWithoutData: z.array(z.string()),
  criteria: z.array(keyedEstimateSchema.extend({ element: z.string() })),
  expectations: z.array(shareSchema),
  /** Share of satisfied answers to the overall-satisfaction item (Wilson interval). */
  overall: estimateSchema,
  points: pointsSummarySchema.nullable(),
  /** Transactions N in the period, when given (sample targets; always sent by the indices endpoint). */
  transactions: z.number().nullable().optional(),
  /** Sample target: ⌈N / (1 + N·e²)⌉, else the campaign's default; null without either. */
  target: z.number().nullable().optional(),
  /** n ≥ target; null without a target. */
  targetReached: z.boolean().nullable().optional(),
  /** Respondents counted per channel (they add up to n), with the channel's index from 5 respondents on (always sent by the indices endpoint). */
  channels: z.array(channelFiguresSchema).optional(),
  /** The kiosk index minus the index of each other channel, where both are reliable (n ≥ 30 each). */
  kioskGaps: z.array(channelGapSchema).optional(),
})
export type UnitIndices = z.infer<typeof unitIndicesSchema>

export const appliedFiltersSchema = z.object({
  includeFlagged: z.boolean(),
  verifiedOnly: z.boolean(),
  channel: responseChannelSchema.nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
})
export type AppliedFilters = z.infer<typeof appliedFiltersSchema>

export const campaignIndicesSchema = z.object({
  campaignId: z.number(),
  campaignName: z.string(),
  year: z.number(),
  scoring: scoringSchema,
  filters: appliedFiltersSchema,
  /** 'percent' for share45 (0–100), 'points' for the one-stop method. */
  unit: z.enum(['percent', 'points']),
  units: z.array(unitIndicesSchema),
  /** The margin e and default target behind `units[].target`. */
  targets: z.object({ margin: z.number(), defaultTarget: z.number().nullable() }).optional(),
  /** Flagged answers counted (include) or left out (exclude) by a review decision, per unit and reason, under the filters (always sent by the indices endpoint). */
  reviews: z.array(reviewSummarySchema).optional(),
})
export type CampaignIndices = z.infer<typeof campaignIndicesSchema>

export const breakdownQuerySchema = z
  .object({
    ...filterShape,
    /** `channel` or a demographic item key of the questionnaire (gender, ageBand…). */
    by: z.string().min(1).max(80),
  })
  .refine(...dateOrder)
export type BreakdownQuery = z.infer<typeof breakdownQuerySchema>

export const breakdownCellSchema = z.object({
  agencyId: z.number(),
  group: z.string(),
  /** Respondents in the cell; null when hidden. */
  n: z.number().nullable(),
  /** Fewer than 5 respondents: no figure is given. */
  hidden: z.boolean(),
  sipas: estimateSchema.nullable(),
  overall: estimateSchema.nullable(),
})
export type BreakdownCell = z.infer<typeof breakdownCellSchema>

export const breakdownsSchema = z.object({
  campaignId: z.number(),
  by: z.string(),
  filters: appliedFiltersSchema,
  cells: z.array(breakdownCellSchema),
})
export type Breakdowns = z.infer<typeof breakdownsSchema>

export const timelineQuerySchema = z.object({ ...filterShape, interval: z.enum(['day', 'week']).optional().default('day') }).refine(...dateOrder)
export type TimelineQuery = z.infer<typeof timelineQuerySchema>

export const timelinePointSchema = z.object({
  /** First day of the period (weeks start on Monday). */
  period: z.string(),
  responses: z.number(),
  flagged: z.number(),
  flaggedShare: z.number().nullable(),
})
export const timelineSchema = z.object({
  campaignId: z.number(),
  interval: z.enum(['day', 'week']),
  filters: appliedFiltersSchema,
  points: z.array(timelinePointSchema),
})
export type Timeline = z.infer<typeof timelineSchema>

export const trendPointSchema = z.object({
  campaignId: z.number(),
  campaignName: z.string(),
  year: z.number(),
  scoring: scoringSchema,
  /** Template family of the campaign's questionnaire: only points of one kind compare. */
  questionnaireKind: questionnaireKindSchema,
  questionnaireName: z.string(),
  n: z.number(),
  sipas: estimateSchema,
  elements: z.array(keyedEstimateSchema),
})
/** The trend compares whole campaigns, so it takes no date range. */
export const trendQuerySchema = z.object({
  includeFlagged: filterShape.includeFlagged,
  verifiedOnly: filterShape.verifiedOnly,
  channel: filterShape.channel,
})
export type TrendQuery = z.infer<typeof trendQuerySchema>

export const trendSchema = z.object({ agencyId: z.number(), name: z.string(), points: z.array(trendPointSchema) })
export type Trend = z.infer<typeof trendSchema>
