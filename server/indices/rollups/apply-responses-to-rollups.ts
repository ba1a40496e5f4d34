import { sql, type Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { ResponseRow } from '../../db/schema/response'
import type { MomentSums, RollupFact } from '../../db/schema/rollup'
import { answerScore, scoringPlan, type ScoringPlan } from '../compute/scoring'
import { vietnamDay } from './vietnam-day'

type Cell = Pick<ResponseRow, 'campaign_id' | 'agency_id' | 'channel' | 'flagged' | 'verified'>

// Rows per INSERT (one array parameter per column).
const CHUNK = 10_000

/**
 * Adds the given (newly stored) responses to the rollups. Call it inside the transaction
 * that inserts them so the rollups never disagree with the raw responses.
 */
export async function applyResponsesToRollups(trx: Kysely<DatabaseSchema>, rows: ResponseRow[]): Promise<void> {
  if (rows.length === 0) return
  const fold = new RollupFold(await loadPlans(trx, [...new Set(rows.map((r) => r.questionnaire_id))]))
  fold.add(rows)
  await fold.write(trx)
}

/**
 * Rollup rows of any number of responses, summed in memory, then added to the tables in
 * one fixed order so that concurrent writers lock rollup rows in the same order and
 * cannot deadlock.
 */
export class RollupFold {
  private readonly counts: Accumulator<RollupFact>
  private readonly dailyCounts: Accumulator<RollupFact>
  private readonly moments: Accumulator<MomentSums>
  private readonly dailyMoments: Accumulator<MomentSums>

  /** `plans`: the scoring plan of every questionnaire the responses answer. */
  constructor(private readonly plans: Map<number, ScoringPlan>) {
    this.counts = new Accumulator('grp', ['dim', 'key', 'value'], ['n'], addCounts)
    this.dailyCounts = new Accumulator('day', ['dim', 'key', 'value'], ['n'], addCounts)
    this.moments = new Accumulator('grp', ['element_a', 'element_b'], MOMENT_PRODUCTS, addMoments)
    this.dailyMoments = new Accumulator('day', ['element_a', 'element_b'], MOMENT_PRODUCTS, addMoments)
  }

  // Hot: every stored response passes here on the write path. The cell and item keys are
  // built once per response and per fact and looked up in two levels: a string hashes once,
  // whereas a concatenated key would hash afresh on every lookup (~20× slower).
  add(rows: ResponseRow[]): void {
    for (const row of rows) {
      const plan = this.plans.get(row.questionnaire_id)
      if (!plan) throw new Error(`questionnaire ${row.questionnaire_id} not found`)
      const cell: Cell = {
        campaign_id: row.campaign_id,
        agency_id: row.agency_id,
        channel: row.channel,
        flagged: row.flagged,
        verified: row.verified,
      }
      const cellId = `${row.campaign_id}${SEP}${row.agency_id}${SEP}${row.channel}${SEP}${row.flagged}${SEP}${row.verified}${SEP}`
      const day = vietnamDay(row.submitted_hour)
      const dayId = `${cellId}${day}${SEP}`
      const groups = ['', ...Object.entries(row.demographics ?? {}).map(([item, option]) => `${item}=${option}`)]
      const groupIds = groups.map((grp) => `${cellId}${grp}${SEP}`)
      const { facts, sums } = respondentFacts(plan, row)
      for (const fact of facts) {
        const factId = `${fact.dim}${SEP}${fact.key}${SEP}${fact.value}`
        for (let g = 0; g < groups.length; g++) this.counts.add(groupIds[g]!, factId, cell, groups[g]!, fact)
        this.dailyCounts.add(dayId, factId, cell, day, fact)
      }
      for (const sum of sums) {
        const sumId = `${sum.element_a}${SEP}${sum.element_b}`
        for (let g = 0; g < groups.length; g++) this.moments.add(groupIds[g]!, sumId, cell, groups[g]!, sum)
        this.dailyMoments.add(dayId, sumId, cell, day, sum)
      }
    }
  }

  async write(trx: Kysely<DatabaseSchema>): Promise<void> {
    await upsert(trx, 'rollup_counts', this.counts)
    await upsert(trx, 'rollup_daily_counts', this.dailyCounts)
    await upsert(trx, 'rollup_moments', this.moments)
    await upsert(trx, 'rollup_daily_moments', this.dailyMoments)
  }
}

/** The counted facts and element moment products of one respondent. */
export function respondentFacts(
  plan: ScoringPlan,
  row: Pick<ResponseRow, 'answers' | 'overall' | 'expectations'>,
): { facts: RollupFact[]; sums: MomentSums[] } {
  const facts: RollupFact[] = [{ dim: 'respondents', key: '', value: 0, n: 1 }]
  for (const [criterion, value] of Object.entries(row.answers)) {
    if (value !== null) facts.push({ dim: 'answer', key: criterion, value, n: 1 })
  }
  if (row.overall !== null) facts.push({ dim: 'overall', key: '', value: row.overall, n: 1 })
  if (row.expectations.length > 0) {
    facts.push({ dim: 'expectation_answered', key: '', value: 0, n: 1 })
    for (const option of new Set(row.expectations)) facts.push({ dim: 'expectation', key: option, value: 0, n: 1 })
  }
  const scores = plan.elements.map((element) => {
    let y = 0
    let m = 0
    for (const criterion of element.criteria) {
      const score = answerScore(plan, row.answers[criterion] ?? null)
      if (score === null) continue
      y += score
      m += 1
    }
    if (m > 0) facts.push({ dim: 'element', key: element.key, value: 0, n: 1 })
    return { key: element.key, y, m }
  })
  if (scores.some((s) => s.m > 0)) facts.push({ dim: 'scored', key: '', value: 0, n: 1 })
  const sums: MomentSums[] = []
  scores.forEach((a, i) => {
    for (const b of scores.slice(i)) {
      if (a.m === 0 || b.m === 0) continue
      sums.push({ element_a: a.key, element_b: b.key, yy: a.y * b.y, ym: a.y * b.m, my: a.m * b.y, mm: a.m * b.m })
    }
  })
  return { facts, sums }
}

export async function loadPlans(trx: Kysely<DatabaseSchema>, ids: number[]): Promise<Map<number, ScoringPlan>> {
  const rows = await trx.selectFrom('questionnaires').select(['id', 'scoring', 'definition']).where('id', 'in', ids).execute()
  return new Map(rows.map((q) => [q.id, scoringPlan(q.scoring, q.definition)]))
}

const SEP = '\u0001'
const MOMENT_PRODUCTS: (keyof MomentSums)[] = ['yy', 'ym', 'my', 'mm']
const addCounts = (into: RollupFact, from: RollupFact) => void (into.n += from.n)
const addMoments = (into: MomentSums, from: MomentSums) => {
  into.yy += from.yy
  into.ym += from.ym
  into.my += from.my
  into.mm += from.mm
}

interface Row<T> {
  cell: Cell
  slotValue: string
  item: T
}

/**
 * Sums rows sharing the same key columns (the cell, one slot column — the group or the
 * day — and the item's own key columns); hands them out in a fixed order.
 */
class Accumulator<T extends object> {
  private readonly cells = new Map<string, Map<string, Row<T>>>()
  readonly keyColumns: string[]
  private readonly itemColumns: Set<string>
  constructor(
    private readonly slot: 'grp' | 'day',
    itemKeyColumns: (keyof T & string)[],
    readonly additiveColumns: (keyof T & string)[],
    /** Adds `from`'s additive columns to `into` (written out: a loop over column names is slow here). */
    private readonly merge: (into: T, from: T) => void,
  ) {
    this.keyColumns = ['campaign_id', 'agency_id', slot, ...itemKeyColumns, 'channel', 'flagged', 'verified']
    this.itemColumns = new Set([...itemKeyColumns, ...additiveColumns])
  }

  /** `cellId` must determine the cell and slot columns, `itemId` the item's key columns. */
  add(cellId: string, itemId: string, cell: Cell, slotValue: string, item: T): void {
    let rows = this.cells.get(cellId)
    if (!rows) this.cells.set(cellId, (rows = new Map()))
    const existing = rows.get(itemId)
    if (existing) this.merge(existing.item, item)
    else rows.set(itemId, { cell, slotValue, item: { ...item } })
  }

  /**
   * The rows as one array per column, in the order of their ids (cell, then item). Any
   * fixed total order keeps concurrent writers from deadlocking; comparing the id strings
   * natively is far cheaper than comparing the key columns one by one.
   */
  columns(): Record<string, unknown[]> {
    const names = [...this.keyColumns, ...this.additiveColumns]
    const read = names.map((c) =>
      c === this.slot
        ? (row: Row<T>) => row.slotValue
        : this.itemColumns.has(c)
          ? (row: Row<T>) => row.item[c as keyof T]
          : (row: Row<T>) => row.cell[c as keyof Cell],
    )
    const arrays = names.map((): unknown[] => [])
    for (const cellId of [...this.cells.keys()].sort()) {
      const rows = this.cells.get(cellId)!
      for (const itemId of [...rows.keys()].sort()) {
        const row = rows.get(itemId)!
        for (let i = 0; i < names.length; i++) arrays[i]!.push(read[i]!(row))
      }
    }
    return Object.fromEntries(names.map((c, i) => [c, arrays[i]!]))
  }
}

// PostgreSQL types of the rollup columns, for the arrays handed to unnest().
const COLUMN_TYPES: Record<string, string> = {
  campaign_id: 'int4',
  agency_id: 'int4',
  grp: 'text',
  day: 'date',
  dim: 'text',
  key: 'text',
  value: 'int2',
  element_a: 'text',
  element_b: 'text',
  channel: 'text',
  flagged: 'bool',
  verified: 'bool',
  n: 'int8',
  yy: 'int8',
  ym: 'int8',
  my: 'int8',
  mm: 'int8',
}

/**
 * One statement per CHUNK rows, the values passed as one array per column through
 * unnest(): a dozen parameters instead of one per value, so a rebuild writing millions
 * of rows is not held up by building and parsing huge statements.
 */
async function upsert<T extends object>(
  trx: Kysely<DatabaseSchema>,
  table: 'rollup_counts' | 'rollup_daily_counts' | 'rollup_moments' | 'rollup_daily_moments',
  rows: Accumulator<T>,
): Promise<void> {
  const columns = rows.columns()
  const names = Object.keys(columns)
  const count = columns[names[0]!]!.length
  const target = sql.table(table)
  for (let start = 0; start < count; start += CHUNK) {
    const arrays = names.map((c) => sql`${columns[c]!.slice(start, start + CHUNK)}::${sql.raw(COLUMN_TYPES[c]!)}[]`)
    await sql`
      insert into ${target} (${sql.join(names.map((c) => sql.ref(c)))})
      select * from unnest(${sql.join(arrays)})
      on conflict (${sql.join(rows.keyColumns.map((c) => sql.ref(c)))})
      do update set ${sql.join(rows.additiveColumns.map((c) => sql`${sql.ref(c)} = ${target}.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`.execute(trx)
  }
}
