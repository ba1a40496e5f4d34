import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import { GRAINS, type RollupFold } from '../rollups/rollup-fold'
import { ROLLUP_TABLES, rollupCellsAsRows, rollupColumns } from './rollup-tables'

// Rows per INSERT (one array parameter per column).
const CHUNK = 2_000

/** Adds the folded cells to the rollup tables (summing into the rows that exist), CHUNK rows per statement, in the fold's fixed order. */
export async function addRollupCells(trx: Kysely<DatabaseSchema>, fold: RollupFold): Promise<void> {
  for (const grain of GRAINS) {
    const { table, slot } = ROLLUP_TABLES[grain]
    const cells = fold.ordered(grain)
    for (let start = 0; start < cells.length; start += CHUNK) {
      await sql`
        insert into ${sql.table(table)} (${sql.join(rollupColumns(grain).map((c) => sql.ref(c)))})
        ${rollupCellsAsRows(grain, cells.slice(start, start + CHUNK))}
        on conflict (campaign_id, agency_id, ${sql.ref(slot)}, channel, flagged, verified, questionnaire_id)
        do update set sums = rollup_add(${sql.table(table)}.sums, excluded.sums)`.execute(trx)
    }
  }
}
