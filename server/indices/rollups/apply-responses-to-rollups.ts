import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'
import type { ResponseRow } from '../../db/schema/response'
import type { MomentSums, RollupFact } from '../../db/schema/rollup'
import { answerScore, scoringPlan, type ScoringPlan } from '../compute/scoring'
import { vietnamDay } from './vietnam-day'

type Cell = Pick<ResponseRow, 'campaign_id' | 'agency_id' | 'channel' | 'flagged' | 'verified'>

// Rows per INSERT: far below PostgreSQL's 65,535 bind parameters.
const CHUNK = 2000

/**
 * Adds the given (newly stored) responses to the rollups. Call it inside the transaction
 * that inserts them so the rollups never disagree with the raw responses. Rows are summed
 * in memory first and written in primary-key order, so concurrent writers lock rollup
 * rows in the same order and cannot deadlock.
 */
export async function applyResponsesToRollups(trx: Kysely<DatabaseSchema>, rows: ResponseRow[]): Promise<void> {
  if (rows.length === 0) return
  const plans = await loadPlans(trx, [...new Set(rows.map((r) => r.questionnaire_id))])
  const unit = ['campaign_id', 'agency_id']
  const flags = ['channel', 'flagged', 'verified']
  const products: (keyof MomentSums)[] = ['yy', 'ym', 'my', 'mm']
  const counts = new Accumulator<{ grp: string } & RollupFact>([...unit, 'grp', 'dim', 'key', 'value', ...flags], ['n'])
  const dailyCounts = new Accumulator<{ day: string } & RollupFact>([...unit, 'day', 'dim', 'key', 'value', ...flags], ['n'])
  const moments = new Accumulator<{ grp: string } & MomentSums>([...unit, 'grp', 'element_a', 'element_b', ...flags], products)
  const dailyMoments = new Accumulator<{ day: string } & MomentSums>([...unit, 'day', 'element_a', 'element_b', ...flags], products)

  for (const row of rows) {
    const plan = plans.get(row.questionnaire_id)
    if (!plan) throw new Error(`questionnaire ${row.questionnaire_id} not found`)
    const cell: Cell = {
      campaign_id: row.campaign_id,
      agency_id: row.agency_id,
      channel: row.channel,
      flagged: row.flagged,
      verified: row.verified,
    }
    const day = vietnamDay(row.submitted_hour)
    const groups = ['', ...Object.entries(row.demographics ?? {}).map(([item, option]) => `${item}=${option}`)]
    const { facts, sums } = respondentFacts(plan, row)
    for (const fact of facts) {
      for (const grp of groups) counts.add(cell, { grp, ...fact })
      dailyCounts.add(cell, { day, ...fact })
    }
    for (const sum of sums) {
      for (const grp of groups) moments.add(cell, { grp, ...sum })
      dailyMoments.add(cell, { day, ...sum })
    }
  }

  await upsert(trx, 'rollup_counts', counts)
  await upsert(trx, 'rollup_daily_counts', dailyCounts)
  await upsert(trx, 'rollup_moments', moments)
  await upsert(trx, 'rollup_daily_moments', dailyMoments)
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

async function loadPlans(trx: Kysely<DatabaseSchema>, ids: number[]): Promise<Map<number, ScoringPlan>> {
  const rows = await trx.selectFrom('questionnaires').select(['id', 'scoring', 'definition']).where('id', 'in', ids).execute()
  return new Map(rows.map((q) => [q.id, scoringPlan(q.scoring, q.definition)]))
}

/** Sums rows sharing the same key columns; hands them out in key order. */
class Accumulator<T extends object> {
  private readonly rows = new Map<string, Record<string, unknown>>()
  constructor(
    readonly keyColumns: string[],
    readonly additiveColumns: (keyof T & string)[],
  ) {}

  add(cell: Cell, values: T): void {
    const row = values as Record<string, unknown>
    const id = this.keyColumns.map((c) => (c in row ? row[c] : cell[c as keyof Cell])).join('\u0001')
    const existing = this.rows.get(id)
    if (existing) for (const c of this.additiveColumns) (existing[c] as number) += row[c] as number
    else this.rows.set(id, { ...cell, ...row })
  }

  sorted(): Record<string, unknown>[] {
    const compare = (a: Record<string, unknown>, b: Record<string, unknown>) => {
      for (const c of this.keyColumns) {
        const x = a[c] as string | number | boolean
        const y = b[c] as string | number | boolean
        if (x !== y) return x < y ? -1 : 1
      }
      return 0
    }
    return [...this.rows.values()].sort(compare)
  }
}

async function upsert<T extends object>(
  trx: Kysely<DatabaseSchema>,
  table: 'rollup_counts' | 'rollup_daily_counts' | 'rollup_moments' | 'rollup_daily_moments',
  rows: Accumulator<T>,
): Promise<void> {
  const sorted = rows.sorted()
  for (let start = 0; start < sorted.length; start += CHUNK) {
    await trx
      .insertInto(table)
      .values(sorted.slice(start, start + CHUNK) as never)
      .onConflict((oc) =>
        oc.columns(rows.keyColumns as never).doUpdateSet((eb) =>
          Object.fromEntries(rows.additiveColumns.map((c) => [c, eb(eb.ref(`${table}.${c}` as never), '+', eb.ref(`excluded.${c}` as never))])) as never,
        ),
      )
      .execute()
  }
}
