import { z } from 'zod'
import { AGENCY_KINDS } from './kinds'

export { AGENCY_KINDS }
export const agencyKindSchema = z.enum(AGENCY_KINDS)
export type { AgencyKind } from './kinds'

export const agencySchema = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string(),
  kind: agencyKindSchema,
  parentId: z.number().nullable(),
  active: z.boolean(),
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
})
export type CreateAgency = z.infer<typeof createAgencySchema>

export const updateAgencySchema = z
  .object({ name, code, kind: agencyKindSchema, parentId: z.number().int().positive().nullable(), active: z.boolean() })
  .partial()
export type UpdateAgency = z.infer<typeof updateAgencySchema>

/** Result of `POST /api/v1/agencies/import` (CSV body: name,code,kind,parentCode). */
export const agencyImportReportSchema = z.object({
  created: z.number(),
  rejected: z.array(z.object({ line: z.number(), reason: z.string(), field: z.string().optional() })),
})
export type AgencyImportReport = z.infer<typeof agencyImportReportSchema>
