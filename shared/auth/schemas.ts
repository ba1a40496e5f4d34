import { z } from 'zod'
import { ROLES } from './roles'

export { ROLES }
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
})

export const currentUserSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  agencyId: z.number().nullable(),
  organisationId: z.number().nullable(),
})
export type CurrentUser = z.infer<typeof currentUserSchema>

export const logoutSchema = z.object({ ok: z.literal(true) })
