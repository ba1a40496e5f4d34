import type { Agency, AgencyKind } from '../../shared/agencies/schemas'
import type { AgencyRow } from '../db/schema/agency'

export const agencyColumns = ['id', 'name', 'code', 'kind', 'parent_id', 'active'] as const

export function toAgency(row: Pick<AgencyRow, (typeof agencyColumns)[number]>): Agency {
  return { id: row.id, name: row.name, code: row.code, kind: row.kind as AgencyKind, parentId: row.parent_id, active: row.active }
}
