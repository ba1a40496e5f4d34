import type { Agency, AgencyKind, OpeningHours } from '../../shared/agencies/schemas'
import type { AgencyRow } from '../db/schema/agency'

export const agencyColumns = ['id', 'name', 'code', 'kind', 'parent_id', 'active', 'open_days', 'opens_at', 'closes_at'] as const

export function toAgency(row: Pick<AgencyRow, (typeof agencyColumns)[number]>): Agency {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind as AgencyKind,
    parentId: row.parent_id,
    active: row.active,
    openingHours: openingHoursOf(row),
  }
}

/** The opening hours kept in an agency's row (days sorted, as numbers). */
export function openingHoursOf(row: Pick<AgencyRow, 'open_days' | 'opens_at' | 'closes_at'>): OpeningHours {
  return { days: row.open_days.map(Number).sort((a, b) => a - b), opensAt: row.opens_at, closesAt: row.closes_at }
}

/** Opening hours as an agency's columns. */
export const openingHoursColumns = (hours: OpeningHours) => ({
  open_days: [...hours.days].sort((a, b) => a - b),
  opens_at: hours.opensAt,
  closes_at: hours.closesAt,
})
