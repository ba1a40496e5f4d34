import { z } from 'zod'
import { campaignStatusSchema, isoDateSchema } from '../campaigns/schemas'
import { loopFiguresSchema } from '../cases/schemas'
import type { FieldErrorCode } from '../http/errors'
import { estimateSchema } from '../indices/schemas'

/**
 * Codes in `plan.warnings`, translated by the client; advice only, nothing is refused:
 * `year_above_plan` more units in a year than the plan's 5; `unit_planned_twice` a unit in
 * more than one year; `unit_without_campaign` a planned unit whose year has come and that no
 * campaign of the plan surveys.
 */
export const PLAN_WARNINGS = ['year_above_plan', 'unit_planned_twice', 'unit_without_campaign'] as const

export const planWarningSchema = z.object({
  code: z.enum(PLAN_WARNINGS),
  year: z.number().nullable(),
  agencyId: z.number().nullable(),
  /** Units in the year (year_above_plan) or years of the unit (unit_planned_twice). */
  count: z.number().nullable(),
})
export type PlanWarning = z.infer<typeof planWarningSchema>

export const planUnitSchema = z.object({ agencyId: z.number().int().positive(), year: z.number().int() })
export type PlanUnit = z.infer<typeof planUnitSchema>

export const planSchema = z.object({
  id: z.number(),
  name: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  firstYear: z.number(),
  lastYear: z.number(),
  /** Partner organisations taking part (their viewers read the plan's campaigns). */
  organisationIds: z.array(z.number()),
  units: z.array(planUnitSchema),
  warnings: z.array(planWarningSchema),
})
export type Plan = z.infer<typeof planSchema>

const name = z.string().trim().min(1, 'is required').max(300)
const year = z.number().int('must be a whole number').min(2000).max(2100)
const planFields = {
  name,
  decisionNumber: z.string().trim().max(100),
  decisionDate: isoDateSchema.nullable(),
  firstYear: year,
  lastYear: year,
  organisationIds: z.array(z.number().int().positive()).max(100),
}
const lastAfterFirst = (p: { firstYear?: number; lastYear?: number }) => p.firstYear === undefined || p.lastYear === undefined || p.lastYear >= p.firstYear
const yearsInOrder = [lastAfterFirst, { path: ['lastYear'], message: 'must not be before firstYear', params: { code: 'before_first_year' } }] as [
  typeof lastAfterFirst,
  { path: string[]; message: string; params: { code: FieldErrorCode } },
]

export const createPlanSchema = z
  .object({
    ...planFields,
    decisionNumber: planFields.decisionNumber.default(''),
    decisionDate: planFields.decisionDate.default(null),
    organisationIds: planFields.organisationIds.default([]),
  })
  .refine(...yearsInOrder)

/** Checked against the stored years and units too by the route. */
export const updatePlanSchema = z
  .object(planFields)
  .partial()
  .refine(...yearsInOrder)

export const setPlanUnitsSchema = z.object({ units: z.array(planUnitSchema).max(2000) })

/** `GET /plans/{id}/years/{year}/units`: what a new campaign for that year pre-selects. */
export const planYearUnitsSchema = z.object({ planId: z.number(), year: z.number(), agencyIds: z.array(z.number()) })

const indexSchema = estimateSchema.pick({ value: true, n: true, ciLow: true, ciHigh: true, indicative: true })

export const planCellSchema = z.object({
  year: z.number(),
  planned: z.boolean(),
  /** The plan's campaign of that year surveying the unit (the latest when several). */
  campaignId: z.number().nullable(),
  status: campaignStatusSchema.nullable(),
  n: z.number(),
  sipas: indexSchema.nullable(),
})
export type PlanCell = z.infer<typeof planCellSchema>

/** `GET /plans/{id}/summary`: years × units, what Sở Nội vụ reports at the end of the plan. */
export const planSummarySchema = z.object({
  plan: planSchema,
  years: z.array(
    z.object({
      year: z.number(),
      campaigns: z.array(z.object({ id: z.number(), name: z.string(), status: campaignStatusSchema })),
      /** Province index of the year: unweighted mean of its surveyed units' indices (null without data). */
      province: z.object({ value: z.number().nullable(), units: z.number(), n: z.number() }),
    }),
  ),
  units: z.array(z.object({ agencyId: z.number(), code: z.string(), name: z.string(), cells: z.array(planCellSchema) })),
  /** Planned units no campaign of the plan has surveyed with any answer. */
  neverSurveyed: z.array(z.number()),
  scoring: z.enum(['percent', 'points']),
  /** Feedback cases per campaign of the plan and unit (units without a case are left out). */
  caseLoop: z.array(loopFiguresSchema),
})
export type PlanSummary = z.infer<typeof planSummarySchema>
