import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { IndicesQuery } from '../../../shared/indices/schemas'
import type { DatabaseSchema } from '../../db/schema'
import type { PublishedQuestionnaires } from '../../questionnaires/published-questionnaires'
import { type QuestionnaireRollup, respondentsOf } from '../compute/rollup-layout'
import { emptyUnitRollup, type UnitRollup } from '../compute/unit-rollup'
import { readRollups } from './read-rollups'

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

interface CellRow {
  agency_id: number
  grp: string
  flagged: boolean
  questionnaire_id: number
  /** The vector in PostgreSQL's text form, `{1,0,2,…}`: split by hand, several times faster than an array parser. */
  sums: string
}

/**
 * Sums the rollups of a campaign's units under the filters. Without dates it reads the
 * campaign grain (the only one with demographic groups); a date range reads the whole
 * months it spans from the monthly grain and its ragged ends from the daily grain.
 */
export async function loadRollups(
  db: Kysely<DatabaseSchema>,
  questionnaires: PublishedQuestionnaires,
  campaignId: number,
  agencyIds: number[],
  filters: RollupFilters,
  grouping: RollupGrouping = { by: 'unit' },
): Promise<RollupGroup[]> {
  if (agencyIds.length === 0) return []
  const dated = filters.from !== undefined || filters.to !== undefined
  if (dated && grouping.by === 'demographic') throw new Error('demographic groups have no daily grain')
  const prefix = grouping.by === 'demographic' ? `${grouping.item}=` : ''
  const groupColumn =
    grouping.by === 'channel' ? sql<string>`channel` : grouping.by === 'demographic' ? sql<string>`substr(grp, ${prefix.length + 1})` : sql<string>`''`
  const where = (...more: RawBuilder<unknown>[]) => cellFilter(campaignId, agencyIds, filters, ...more)
  const select = (source: RawBuilder<unknown>, condition: RawBuilder<unknown>) => sql`
    select agency_id, ${groupColumn} as grp, flagged, questionnaire_id, sums::text as sums
    from ${source} where ${condition}`
  return readRollups(db, questionnaires, campaignId, async (trx, source) => {
    let query
    if (!dated) {
      query = select(source('campaign'), where(grouping.by === 'demographic' ? sql`left(grp, ${prefix.length}) = ${prefix}` : sql`grp = ''`))
    } else {
      const { from, to } = filters
      const { monthsFrom, monthsBefore } = wholeMonths(from, to)
      const inMonths = sql.join([monthsFrom ? sql`month >= ${monthsFrom}` : sql`true`, monthsBefore ? sql`month < ${monthsBefore}` : sql`true`], sql` and `)
      const dayInMonths = sql.join([monthsFrom ? sql`day >= ${monthsFrom}` : sql`true`, monthsBefore ? sql`day < ${monthsBefore}` : sql`true`], sql` and `)
      const anyMonth = !monthsFrom || !monthsBefore || monthsFrom < monthsBefore
      query = sql`
        ${select(source('monthly'), where(anyMonth ? inMonths : sql`false`))}
        union all
        ${select(source('daily'), where(from ? sql`day >= ${from}` : sql`true`, to ? sql`day <= ${to}` : sql`true`, anyMonth ? sql`not (${dayInMonths})` : sql`true`))}`
    }
    const { rows } = await sql<CellRow>`${query}`.execute(trx)
    return decodeGroups(
      rows,
      await questionnaires.rollupsOf(
        trx,
        rows.map((r) => r.questionnaire_id),
      ),
      filters.includeFlagged,
    )
  })
}

/** The conditions on rollup cells every reader applies: the campaign, its units, verified only, channel. */
export function cellFilter(
  campaignId: number,
  agencyIds: number[],
  filters: Pick<RollupFilters, 'verifiedOnly' | 'channel'>,
  ...more: RawBuilder<unknown>[]
): RawBuilder<unknown> {
  return sql.join(
    [
      sql`campaign_id = ${campaignId}`,
      sql`agency_id in (${sql.join(agencyIds)})`,
      filters.verifiedOnly ? sql`verified` : sql`true`,
      filters.channel ? sql`channel = ${filters.channel}` : sql`true`,
      ...more,
    ],
    sql` and `,
  )
}

const COMMA = 44
const MINUS = 45
const ZERO = 48

/**
 * Adds a bigint[] in PostgreSQL's text form (`{12,0,-3}`) to `into`, element by element,
 * reading the digits in place: splitting the text into strings was the indices' largest cost.
 */
export function addVectorText(text: string, into: Float64Array): void {
  let slot = 0
  let value = 0
  let sign = 1
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (c === COMMA) {
      into[slot++]! += sign * value
      value = 0
      sign = 1
    } else if (c === MINUS) sign = -1
    else value = value * 10 + (c - ZERO)
  }
  if (text.length > 2) into[slot]! += sign * value
}

/** Sums the vectors per unit and group (flagged apart) and decodes each sum once. */
function decodeGroups(rows: CellRow[], layouts: Map<number, QuestionnaireRollup>, includeFlagged: boolean): RollupGroup[] {
  const summed = new Map<string, { agencyId: number; group: string; flagged: boolean; questionnaireId: number; sums: Float64Array }>()
  for (const row of rows) {
    const id = `${row.agency_id}\u0000${row.grp}\u0000${row.flagged}\u0000${row.questionnaire_id}`
    let entry = summed.get(id)
    if (!entry) {
      const sums = layouts.get(row.questionnaire_id)!.layout.vector()
      summed.set(id, (entry = { agencyId: row.agency_id, group: row.grp, flagged: row.flagged, questionnaireId: row.questionnaire_id, sums }))
    }
    addVectorText(row.sums, entry.sums)
  }
  const groups = new Map<string, RollupGroup>()
  for (const entry of summed.values()) {
    const id = `${entry.agencyId}\u0000${entry.group}`
    let target = groups.get(id)
    if (!target) groups.set(id, (target = { agencyId: entry.agencyId, group: entry.group, rollup: emptyUnitRollup(), flagged: 0 }))
    if (entry.flagged) target.flagged += respondentsOf(entry.sums)
    if (entry.flagged && !includeFlagged) continue
    layouts.get(entry.questionnaireId)!.layout.decode(entry.sums, target.rollup)
  }
  return [...groups.values()]
}

/**
 * The whole calendar months inside [from, to] (either end open): months from `monthsFrom`
 * (a first of the month, inclusive) up to `monthsBefore` (exclusive). Days outside them
 * come from the daily grain.
 */
export function wholeMonths(from: string | undefined, to: string | undefined): { monthsFrom?: string; monthsBefore?: string } {
  const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`
  const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  const nextMonth = (first: string) => firstOfMonth(addDays(first, 31))
  return {
    monthsFrom: from === undefined ? undefined : from.endsWith('-01') ? from : nextMonth(firstOfMonth(from)),
    monthsBefore: to === undefined ? undefined : firstOfMonth(addDays(to, 1)),
  }
}
