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

/** A campaign's indices version (docs/indices.md#caching): bumped by whatever changes the figures but an answer still queued. */
export interface IndicesVersionRow {
  campaign_id: number
  version: string
}

export type { MomentSums, RollupFact } from '../../indices/compute/rollup-facts'

export type PartialDB = {
  rollup_cells: RollupCellRow
  rollup_daily_cells: RollupDailyCellRow
  rollup_monthly_cells: RollupMonthlyCellRow
  rollup_rebuilds: RollupRebuildRow
  rollup_pending: RollupPendingRow
  indices_versions: IndicesVersionRow
}
