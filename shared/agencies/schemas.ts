import { z } from 'zod'
import { IMPORT_ENCODINGS, IMPORT_REJECTIONS } from './import'
import { AGENCY_KINDS } from './kinds'
import type { OpeningHours } from './opening-hours'

export { AGENCY_KINDS }
export const agencyKindSchema = z.enum(AGENCY_KINDS)
export type { AgencyKind } from './kinds'

/** Opening hours: days 1 = Monday … 7 = Sunday, and whole hours [opensAt, closesAt), Viet Nam time (default Monday–Friday 7–17). */
export const openingHoursSchema = z
  .object({
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'needs at least one day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'lists a day twice'),
    opensAt: z.number().int().min(0).max(23),
    closesAt: z.number().int().min(1).max(24),
  })
  .refine((h) => h.opensAt < h.closesAt, { path: ['closesAt'], message: 'must be after opensAt' }) satisfies z.ZodType<OpeningHours>
export { DEFAULT_OPENING_HOURS, type OpeningHours } from './opening-hours'

export const agencySchema = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string(),
  kind: agencyKindSchema,
  parentId: z.number().nullable(),
  active: z.boolean(),
  openingHours: openingHoursSchema,
})
export type Agency = z.infer<typeof agencySchema>

const name = z.string().trim().min(1, 'is required').max(300)
const code = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(50)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash or underscore only')

export const createAgencySchema = z.object({
  name,
  code,
  kind: agencyKindSchema,
  parentId: z.number().int().positive().nullable().optional(),
  openingHours: openingHoursSchema.optional(),
})

export const updateAgencySchema = z
  .object({ name, code, kind: agencyKindSchema, parentId: z.number().int().positive().nullable(), active: z.boolean(), openingHours: openingHoursSchema })
  .partial()

/**
 * Result of `POST /api/v1/agencies/import` (a CSV in UTF-8, UTF-16 or Windows-1258, or an XLSX
 * workbook; columns name, code, kind, parentCode or their Vietnamese headers). Each rejected row
 * has a stable `code` from IMPORT_REJECTIONS (the client words it), the column and the cell.
 */
export const agencyImportReportSchema = z.object({
  created: z.number(),
  /** How the file was read, e.g. `windows-1258`, so the admin can say so. */
  encoding: z.enum(IMPORT_ENCODINGS),
  rejected: z.array(
    z.object({
      line: z.number(),
      code: z.enum(IMPORT_REJECTIONS),
      field: z.string().optional(),
      value: z.string().optional(),
      /** The same in English, for API users. */
      reason: z.string(),
    }),
  ),
})
export type AgencyImportReport = z.infer<typeof agencyImportReportSchema>
