import type { Kysely, Transaction } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

export interface AuditRecord {
  /** The acting account; null for the system (first admin, demo seed). */
  userId: number | null
  /** What happened, e.g. `create`, `update`, `publish`, `import`. */
  action: string
  /** The kind of thing changed, e.g. `agency`, `campaign`. */
  entity: string
  entityId: string | number | null
  details?: unknown
}

/** Appends one audit entry; pass the transaction that made the change so both commit together. */
export async function recordAudit(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, entry: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .execute()
}
