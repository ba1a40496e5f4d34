import type { ColumnType, Generated } from 'kysely'

export interface AuditLog {
  id: Generated<number>
  at: Generated<Date>
  user_id: number | null
  action: string
  entity: string
  entity_id: string | null
  details: ColumnType<unknown, string | null, string | null>
}
export const tableName = 'audit_log'
export type PartialDB = { [tableName]: AuditLog }
