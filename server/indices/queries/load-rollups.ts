import { sql, type Kysely } from 'kysely'
import type { IndicesQuery } from '../../../shared/indices/schemas'
import type { DatabaseSchema } from '../../db/schema'
import { addFact, addMoment, emptyUnitRollup, type UnitRollup } from '../compute/unit-rollup'

/** How rollup rows are grouped besides the unit: not at all, by channel, or by the options of one demographic item. */
export type RollupGrouping = { by: 'unit' } | { by: 'channel' } | { by: 'demographic'; item: string }

export interface RollupGroup {
  agencyId: number
  /** '' (whole unit), the channel, or the demographic option. */
  group: string
  rollup: UnitRollup
  /** Flagged respondents under the other filters (counted whether or not they are included). */
  flagged: number
}

export type RollupFilters = Omit<IndicesQuery, 'agencyId'>

/**
 * Sums the rollups of a campaign's units under the filters. A date range reads the daily
 * grain; everything else reads the campaign grain (demographic groups exist only there).
 */
export async function loadRollups(
  db: Kysely<DatabaseSchema>,
  campaignId: number,
  agencyIds: number[],
  filters: RollupFilters,
  grouping: RollupGrouping = { by: 'unit' },
): Promise<RollupGroup[]> {
  if (agencyIds.length === 0) return []
  const daily = filters.from !== undefined || filters.to !== undefined
  if (daily && grouping.by === 'demographic') throw new Error('demographic groups have no daily grain')
  const prefix = grouping.by === 'demographic' ? `${grouping.item}=` : ''
  const groupColumn = grouping.by === 'channel' ? sql<string>`channel` : grouping.by === 'demographic' ? sql<string>`substr(grp, ${prefix.length + 1})` : sql<string>`''`
  const where = sql.join(
    [
      sql`campaign_id = ${campaignId}`,
      sql`agency_id in (${sql.join(agencyIds)})`,
      daily ? sql`true` : grouping.by === 'demographic' ? sql`left(grp, ${prefix.length}) = ${prefix}` : sql`grp = ''`,
      filters.verifiedOnly ? sql`verified` : sql`true`,
      filters.channel ? sql`channel = ${filters.channel}` : sql`true`,
      filters.from ? sql`day >= ${filters.from}` : sql`true`,
      filters.to ? sql`day <= ${filters.to}` : sql`true`,
    ],
    sql` and `,
  )
  const countsTable = sql.table(daily ? 'rollup_daily_counts' : 'rollup_counts')
  const momentsTable = sql.table(daily ? 'rollup_daily_moments' : 'rollup_moments')
  const [counts, moments] = await Promise.all([
    sql<{ agency_id: number; grp: string; flagged: boolean; dim: string; key: string; value: number; n: number }>`
      select agency_id, ${groupColumn} as grp, flagged, dim, key, value, sum(n)::bigint as n
      from ${countsTable} where ${where}
      group by agency_id, 2, flagged, dim, key, value`.execute(db),
    sql<{ agency_id: number; grp: string; element_a: string; element_b: string; yy: number; ym: number; my: number; mm: number }>`
      select agency_id, ${groupColumn} as grp, element_a, element_b,
        sum(yy)::bigint as yy, sum(ym)::bigint as ym, sum(my)::bigint as my, sum(mm)::bigint as mm
      from ${momentsTable} where ${where} ${filters.includeFlagged ? sql`` : sql`and not flagged`}
      group by agency_id, 2, element_a, element_b`.execute(db),
  ])
  const groups = new Map<string, RollupGroup>()
  const groupOf = (agencyId: number, group: string) => {
    const id = `${agencyId}\u0000${group}`
    let found = groups.get(id)
    if (!found) groups.set(id, (found = { agencyId, group, rollup: emptyUnitRollup(), flagged: 0 }))
    return found
  }
  for (const row of counts.rows) {
    const target = groupOf(row.agency_id, row.grp)
    if (row.flagged && row.dim === 'respondents') target.flagged += Number(row.n)
    if (row.flagged && !filters.includeFlagged) continue
    addFact(target.rollup, { dim: row.dim, key: row.key, value: row.value, n: Number(row.n) })
  }
  for (const row of moments.rows) {
    addMoment(groupOf(row.agency_id, row.grp).rollup, {
      element_a: row.element_a,
      element_b: row.element_b,
      yy: Number(row.yy),
      ym: Number(row.ym),
      my: Number(row.my),
      mm: Number(row.mm),
    })
  }
  return [...groups.values()]
}
