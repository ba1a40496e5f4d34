import { type RawBuilder, sql } from 'kysely'
import type { Grain, RollupCell } from '../rollups/rollup-fold'

/** What tells one rollup cell from another besides its slot: columns of both the responses and the rollup tables. */
export const CELL_KEY_COLUMNS = ['campaign_id', 'agency_id', 'questionnaire_id', 'channel', 'flagged', 'verified'] as const

/** The table of each grain and its slot column. */
export const ROLLUP_TABLES = {
  campaign: { table: 'rollup_cells', slot: 'grp', slotType: 'text' },
  monthly: { table: 'rollup_monthly_cells', slot: 'month', slotType: 'date' },
  daily: { table: 'rollup_daily_cells', slot: 'day', slotType: 'date' },
} as const satisfies Record<Grain, { table: string; slot: string; slotType: string }>

/** The columns of a rollup row, in the order `rollupCellsAsRows` selects them. */
export const rollupColumns = (grain: Grain) => [...CELL_KEY_COLUMNS, ROLLUP_TABLES[grain].slot, 'sums']

/** Cells as rows of their grain's table, the values passed as one array per column through unnest() (each vector as its text form). */
export function rollupCellsAsRows(grain: Grain, cells: RollupCell[]): RawBuilder<unknown> {
  const { slotType } = ROLLUP_TABLES[grain]
  const column = <T>(read: (cell: RollupCell) => T) => cells.map(read)
  return sql`
    select c, a, q, ch, f, v, s::${sql.raw(slotType)}, sums::bigint[]
    from unnest(${column((c) => c.campaign_id)}::int4[], ${column((c) => c.agency_id)}::int4[], ${column((c) => c.questionnaire_id)}::int4[],
      ${column((c) => c.channel)}::text[], ${column((c) => c.flagged)}::bool[], ${column((c) => c.verified)}::bool[],
      ${column((c) => c.slot)}::text[], ${column((c) => `{${c.sums.join(',')}}`)}::text[]) as t(c, a, q, ch, f, v, s, sums)`
}
