import { z } from 'zod'

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  userEmail: z.string().nullable(),
  /** The actor's partner organisation, if any. */
  userOrganisation: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.unknown(),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

/** `GET /api/v1/audit?limit=&before=`: newest first; pass `nextBefore` as `before` for the next page. */
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextBefore: z.number().nullable() })
export type AuditPage = z.infer<typeof auditPageSchema>

/** `GET /api/v1/audit` query: a page size, and the previous page's `nextBefore`. */
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Entries with an id below this one (the previous page's `nextBefore`). */
  before: z.coerce.number().int().positive().optional(),
})
