import { type Kysely, type RawBuilder, sql } from 'kysely'
import { vietnamDate } from '../../../shared/calendar/vietnam-time'
import type { DatabaseSchema } from '../../db/schema'
import type { ResponseRow } from '../../db/schema/response'
import type { MomentSums, RollupFact } from '../compute/rollup-facts'
import { answerScore, type ScoringPlan, scoringPlan } from '../compute/scoring'
import { RollupLayout } from './rollup-layout'

/** The columns of a response the rollups read. */
export type RolledUpResponse = Pick<
  ResponseRow,
  | 'campaign_id'
  | 'agency_id'
  | 'questionnaire_id'
  | 'channel'
  | 'flagged'
  | 'verified'
  | 'submitted_hour'
  | 'answers'
  | 'overall'
  | 'expectations'
  | 'demographics'
>

export const ROLLED_UP_COLUMNS = [
  'campaign_id',
  'agency_id',
  'questionnaire_id',
  'channel',
  'flagged',
  'verified',
  'submitted_hour',
  'answers',
  'overall',
  'expectations',
  'demographics',
] as const satisfies readonly (keyof RolledUpResponse)[]

// Rows per INSERT (one array parameter per column).
const CHUNK = 2_000

/** The rollup tables: whole campaign (with demographic groups), month and day. */
export const GRAINS = {
  campaign: { table: 'rollup_cells', slot: 'grp', slotType: 'text' },
  monthly: { table: 'rollup_monthly_cells', slot: 'month', slotType: 'date' },
  daily: { table: 'rollup_daily_cells', slot: 'day', slotType: 'date' },
} as const
export type Grain = keyof typeof GRAINS

export interface QuestionnaireRollup {
  plan: ScoringPlan
  layout: RollupLayout
}

interface Cell {
  campaign_id: number
  agency_id: number
  questionnaire_id: number
  channel: string
  flagged: boolean
  verified: boolean
  /** The group (campaign grain), the month or the day. */
  slot: string
  sums: Float64Array
}

/**
 * The rollup vectors of any number of responses, summed in memory, then added to the
 * tables in one fixed order so that concurrent writers lock rollup rows in the same order
 * and cannot deadlock.
 */
export class RollupFold {
  private readonly cells: Record<Grain, Map<string, Cell>> = { campaign: new Map(), monthly: new Map(), daily: new Map() }

  /** `questionnaires`: the plan and layout of every questionnaire the responses answer. */
  constructor(private readonly questionnaires: Map<number, QuestionnaireRollup>) {}

  add(rows: RolledUpResponse[]): void {
    for (const row of rows) {
      const questionnaire = this.questionnaires.get(row.questionnaire_id)
      if (!questionnaire) throw new Error(`questionnaire ${row.questionnaire_id} not found`)
      const { plan, layout } = questionnaire
      const { facts, sums } = respondentFacts(plan, row)
      const cellId = `${row.campaign_id}${SEP}${row.agency_id}${SEP}${row.questionnaire_id}${SEP}${row.channel}${SEP}${row.flagged}${SEP}${row.verified}${SEP}`
      const day = vietnamDate(row.submitted_hour)
      const targets = [
        this.cell('daily', cellId, row, day, layout),
        this.cell('monthly', cellId, row, `${day.slice(0, 7)}-01`, layout),
        this.cell('campaign', cellId, row, '', layout),
      ]
      for (const [item, option] of Object.entries(row.demographics ?? {})) targets.push(this.cell('campaign', cellId, row, `${item}=${option}`, layout))
      for (const fact of facts) {
        const slot = layout.factSlot(fact)
        for (const target of targets) target.sums[slot]! += fact.n
      }
      for (const sum of sums) {
        const slot = layout.momentSlot(sum)
        for (const target of targets) {
          target.sums[slot]! += sum.yy
          target.sums[slot + 1]! += sum.ym
          target.sums[slot + 2]! += sum.my
          target.sums[slot + 3]! += sum.mm
        }
      }
    }
  }

  get empty(): boolean {
    return this.cells.campaign.size === 0
  }

  /**
   * Adds the cells to the tables, CHUNK rows per statement. Cells go in the order of their
   * ids: any fixed total order keeps concurrent writers from deadlocking.
   */
  async write(trx: Kysely<DatabaseSchema>): Promise<void> {
    for (const grain of Object.keys(GRAINS) as Grain[]) {
      const { table, slot } = GRAINS[grain]
      const cells = this.cells[grain]
      const ordered = [...cells.keys()].sort().map((id) => cells.get(id)!)
      for (let start = 0; start < ordered.length; start += CHUNK) {
        await sql`
          insert into ${sql.table(table)} (${sql.join(CELL_COLUMNS(slot).map((c) => sql.ref(c)))})
          ${selectCells(grain, ordered.slice(start, start + CHUNK))}
          on conflict (campaign_id, agency_id, ${sql.ref(slot)}, channel, flagged, verified, questionnaire_id)
          do update set sums = rollup_add(${sql.table(table)}.sums, excluded.sums)`.execute(trx)
      }
    }
  }

  /** The cells of one grain as a SELECT, shaped like the rows of its table. */
  select(grain: Grain): RawBuilder<unknown> {
    return selectCells(grain, [...this.cells[grain].values()])
  }

  private cell(grain: Grain, cellId: string, row: RolledUpResponse, slot: string, layout: RollupLayout): Cell {
    const cells = this.cells[grain]
    const id = `${cellId}${slot}`
    let cell = cells.get(id)
    if (!cell) {
      cell = {
        campaign_id: row.campaign_id,
        agency_id: row.agency_id,
        questionnaire_id: row.questionnaire_id,
        channel: row.channel,
        flagged: row.flagged,
        verified: row.verified,
        slot,
        sums: new Float64Array(layout.size),
      }
      cells.set(id, cell)
    }
    return cell
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

export async function loadLayouts(trx: Kysely<DatabaseSchema>, ids: number[]): Promise<Map<number, QuestionnaireRollup>> {
  if (ids.length === 0) return new Map()
  const rows = await trx.selectFrom('questionnaires').select(['id', 'scoring', 'definition']).where('id', 'in', ids).execute()
  return new Map(
    rows.map((q) => {
      const plan = scoringPlan(q.scoring, q.definition)
      return [q.id, { plan, layout: new RollupLayout(plan) }]
    }),
  )
}

const SEP = '\u0001'

const CELL_COLUMNS = (slot: string) => ['campaign_id', 'agency_id', 'questionnaire_id', 'channel', 'flagged', 'verified', slot, 'sums']

/** Cells as rows, the values passed as one array per column through unnest() (each vector as its text form). */
function selectCells(grain: Grain, cells: Cell[]): RawBuilder<unknown> {
  const { slotType } = GRAINS[grain]
  const column = <T>(read: (cell: Cell) => T) => cells.map(read)
  return sql`
    select c, a, q, ch, f, v, s::${sql.raw(slotType)}, sums::bigint[]
    from unnest(${column((c) => c.campaign_id)}::int4[], ${column((c) => c.agency_id)}::int4[], ${column((c) => c.questionnaire_id)}::int4[],
      ${column((c) => c.channel)}::text[], ${column((c) => c.flagged)}::bool[], ${column((c) => c.verified)}::bool[],
      ${column((c) => c.slot)}::text[], ${column((c) => `{${c.sums.join(',')}}`)}::text[]) as t(c, a, q, ch, f, v, s, sums)`
}
