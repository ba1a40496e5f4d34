import type { Channel } from './survey-link'

interface RollupCell {
  campaign_id: number
  agency_id: number
  questionnaire_id: number
  channel: Channel
  flagged: boolean
  verified: boolean
  /** Sums over the cell's respondents, one slot per counted fact (see rollup-layout.ts). */
  sums: number[]
}

/** `grp` is '' for everyone, or `item=option` for a demographic group. */
export interface RollupCellRow extends RollupCell {
  grp: string
}
export interface RollupDailyCellRow extends RollupCell {
  /** YYYY-MM-DD, Viet Nam time. */
  day: string
}

export interface RollupMonthlyCellRow extends RollupCell {
  /** YYYY-MM-01, Viet Nam time. */
  month: string
}

/** A stored response not yet added to the rollups. */
export interface RollupPendingRow {
  response_id: number
}

/** Campaigns whose rollups are to be rebuilt from the raw responses at the next start. */
export interface RollupRebuildRow {
  campaign_id: number
}

/**
 * Counted facts: `respondents`, `scored` (respondents with a valid criterion answer),
 * `answer` (key = criterion, value = answer), `element` (key = element, respondents with a
 * valid answer in it), `overall` (value = answer), `expectation` (key = option) and
 * `expectation_answered`. `value` is 0 where it has no meaning.
 */
export interface RollupFact {
  dim: string
  key: string
  value: number
  n: number
}

/** Sums over respondents of y_a·y_b, y_a·m_b, m_a·y_b, m_a·m_b for elements a ≤ b (definition order). */
export interface MomentSums {
  element_a: string
  element_b: string
  yy: number
  ym: number
  my: number
  mm: number
}

export type PartialDB = {
  rollup_cells: RollupCellRow
  rollup_daily_cells: RollupDailyCellRow
  rollup_monthly_cells: RollupMonthlyCellRow
  rollup_rebuilds: RollupRebuildRow
  rollup_pending: RollupPendingRow
}
