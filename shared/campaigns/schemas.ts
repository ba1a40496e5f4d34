import { z } from 'zod'
import { CASE_RULES } from '../cases/schemas'
import type { FieldErrorCode } from '../http/errors'

export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES)
export type CampaignStatus = z.infer<typeof campaignStatusSchema>

export { DRAFT_ONLY_CAMPAIGN_FIELDS, periodOutsideYear, RECOMMENDED_UNITS_PER_CAMPAIGN } from './plan'

/**
 * Codes in `campaign.warnings`, translated by the client: `units_above_plan` = more units than
 * the plan's 5 a year; `period_outside_year` = the start or end date is not in the campaign's year.
 */
export const CAMPAIGN_WARNINGS = ['units_above_plan', 'period_outside_year'] as const
export type CampaignWarning = (typeof CAMPAIGN_WARNINGS)[number]

export const isoDateSchema = z.iso.date('must be a date YYYY-MM-DD')

export const campaignSchema = z.object({
  id: z.number(),
  name: z.string(),
  year: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  questionnaireId: z.number(),
  status: campaignStatusSchema,
  agencyIds: z.array(z.number()),
  /** The survey plan the campaign carries out, if any. */
  planId: z.number().nullable(),
  /** Non-blocking advice, as codes from CAMPAIGN_WARNINGS. */
  warnings: z.array(z.string()),
  /** Which answers with a comment open a feedback case for the unit (see shared/cases). */
  caseRule: z.enum(CASE_RULES),
})
export type Campaign = z.infer<typeof campaignSchema>

const name = z.string().trim().min(1, 'is required').max(300)
const year = z.number().int().min(2000).max(2100)

const campaignFields = { name, year, startsOn: isoDateSchema, endsOn: isoDateSchema, questionnaireId: z.number().int().positive() }

export const createCampaignSchema = z
  .object({
    ...campaignFields,
    /** A plan whose years include `year`. */
    planId: z.number().int().positive().nullable().optional(),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    path: ['endsOn'],
    message: 'must not be before startsOn',
    params: { code: 'before_start' satisfies FieldErrorCode },
  })
export type CreateCampaign = z.infer<typeof createCampaignSchema>

/**
 * Checked against the stored dates too (endsOn ≥ startsOn) by the route. Year and questionnaire
 * change only in a draft (409 otherwise); name, period and the feedback case rule in any status,
 * each change audited.
 */
export const updateCampaignSchema = z.object({ ...campaignFields, status: campaignStatusSchema, caseRule: z.enum(CASE_RULES) }).partial()
export type UpdateCampaign = z.infer<typeof updateCampaignSchema>

export const setCampaignUnitsSchema = z.object({ agencyIds: z.array(z.number().int().positive()) })
