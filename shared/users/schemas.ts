import { z } from 'zod'
import { roleSchema } from '../auth/schemas'

export const userSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  agencyId: z.number().nullable(),
  /** The partner organisation the account belongs to (Sở Nội vụ, Ủy ban MTTQ…). */
  organisationId: z.number().nullable(),
  active: z.boolean(),
})
export type User = z.infer<typeof userSchema>

export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200)

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1, 'is required').max(200),
  password: passwordSchema,
  role: roleSchema,
  agencyId: z.number().int().positive().nullable().optional(),
  organisationId: z.number().int().positive().nullable().optional(),
})

export const updateUserSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    password: passwordSchema,
    role: roleSchema,
    agencyId: z.number().int().positive().nullable(),
    organisationId: z.number().int().positive().nullable(),
    active: z.boolean(),
  })
  .partial()
