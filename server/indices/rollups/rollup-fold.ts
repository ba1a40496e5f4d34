import { vietnamDate } from '../../../shared/calendar/vietnam-time'
import type { ResponseRow } from '../../db/schema/response'
import { respondentFacts } from '../compute/respondent-facts'
import type { QuestionnaireRollup } from '../compute/rollup-layout'

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
  | 'review'
>

/** The grains the rollups are kept at: whole campaign (with demographic groups), month and day. */
export const GRAINS = ['campaign', 'monthly', 'daily'] as const
export type Grain = (typeof GRAINS)[number]

/** One rollup row: a vector of sums with the columns that identify it. */
export interface RollupCell {
  campaign_id: number
  agency_id: number
  questionnaire_id: number
  channel: string
  flagged: boolean
  verified: boolean
  /** The group (campaign grain, '' for everyone), the month (its first day) or the day. */
  slot: string
  sums: Float64Array
}

const SEP = '\u0001'

/** The rollup vectors of any number of responses, summed in memory per cell of each grain. */
export class RollupFold {
  private readonly cells: Record<Grain, Map<string, RollupCell>> = { campaign: new Map(), monthly: new Map(), daily: new Map() }

  /** `questionnaires`: the plan and layout of every questionnaire the rows answer. */
  add(rows: RolledUpResponse[], questionnaires: Map<number, QuestionnaireRollup>): void {
    for (const stored of rows) {
      // Reviewed answers: 'exclude' counts nowhere, 'include' counts as an unflagged answer.
      if (stored.review === 'exclude') continue
      const row = stored.review === 'include' ? { ...stored, flagged: false } : stored
      const questionnaire = questionnaires.get(row.questionnaire_id)
      if (!questionnaire) throw new Error(`questionnaire ${row.questionnaire_id} not found`)
      const { plan, layout } = questionnaire
      const { facts, sums } = respondentFacts(plan, row)
      const cellId = `${row.campaign_id}${SEP}${row.agency_id}${SEP}${row.questionnaire_id}${SEP}${row.channel}${SEP}${row.flagged}${SEP}${row.verified}${SEP}`
      const day = vietnamDate(row.submitted_hour)
      const targets = [
        this.cell('daily', cellId, row, day, questionnaire),
        this.cell('monthly', cellId, row, `${day.slice(0, 7)}-01`, questionnaire),
        this.cell('campaign', cellId, row, '', questionnaire),
      ]
      for (const [item, option] of Object.entries(row.demographics ?? {})) targets.push(this.cell('campaign', cellId, row, `${item}=${option}`, questionnaire))
      layout.encode(
        facts,
        sums,
        targets.map((t) => t.sums),
      )
    }
  }

  /** Turns every sum into its opposite: added to the tables, the fold takes its rows' contribution back out (a review decision moving an answer). */
  negate(): void {
    for (const grain of GRAINS) for (const cell of this.cells[grain].values()) cell.sums.forEach((value, i) => (cell.sums[i] = -value))
  }

  /**
   * The cells of one grain in the order of their ids: written in one fixed total order,
   * concurrent writers lock rollup rows in the same order and cannot deadlock.
   */
  ordered(grain: Grain): RollupCell[] {
    const cells = this.cells[grain]
    return [...cells.keys()].sort().map((id) => cells.get(id)!)
  }

  private cell(grain: Grain, cellId: string, row: RolledUpResponse, slot: string, { layout }: QuestionnaireRollup): RollupCell {
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
        sums: layout.vector(),
      }
      cells.set(id, cell)
    }
    return cell
  }
}
