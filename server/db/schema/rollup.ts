import type { Channel } from './survey-link'

interface RollupCell {
  campaign_id: number
  agency_id: number
  channel: Channel
  flagged: boolean
  verified: boolean
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

/** `grp` is '' for everyone, or `item=option` for a demographic group. */
export interface RollupCount extends RollupCell, RollupFact {
  grp: string
}
export interface RollupDailyCount extends RollupCell, RollupFact {
  /** YYYY-MM-DD, Viet Nam time. */
  day: string
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
export interface RollupMoment extends RollupCell, MomentSums {
  grp: string
}
export interface RollupDailyMoment extends RollupCell, MomentSums {
  day: string
}

export type PartialDB = {
  rollup_counts: RollupCount
  rollup_daily_counts: RollupDailyCount
  rollup_moments: RollupMoment
  rollup_daily_moments: RollupDailyMoment
}
