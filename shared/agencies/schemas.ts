import { z } from 'zod'

/** Kinds of unit in a two-tier (province → commune) local government, plus anything a province adds. */
export const AGENCY_KINDS = [
  'province', // UBND tỉnh
  'department', // Sở, ban, ngành
  'service_centre', // Trung tâm Phục vụ hành chính công
  'public_service_unit', // Đơn vị sự nghiệp công lập
  'commune', // UBND xã / phường / đặc khu
  'branch', // chi nhánh, bộ phận
  'other',
] as const
export const agencyKindSchema = z.enum(AGENCY_KINDS)
export type AgencyKind = z.infer<typeof agencyKindSchema>

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
