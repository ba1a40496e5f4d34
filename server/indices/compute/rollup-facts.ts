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
