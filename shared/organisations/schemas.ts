import { z } from 'zod'

/** A partner organisation whose members take part in survey teams (Sở Nội vụ, Ủy ban MTTQ…). */
export const organisationSchema = z.object({ id: z.number(), name: z.string() })
export type Organisation = z.infer<typeof organisationSchema>

export const createOrganisationSchema = z.object({ name: z.string().trim().min(1, 'is required').max(200) })
