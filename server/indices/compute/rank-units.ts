import type { Estimate } from '../../../shared/indices/schemas'

/**
 * Places of units by their index, highest first, among those with enough answers to be
 * reliable: a unit whose index is indicative (n < 30) or has no data gets no place, so a
 * handful of answers cannot top the list. Equal values share a place (1, 2, 2, 4).
 */
export function rankUnits(indices: Estimate[]): (number | null)[] {
  const ranked = indices.filter((e) => e.value !== null && !e.indicative).map((e) => e.value!)
  return indices.map((e) => (e.value === null || e.indicative ? null : 1 + ranked.filter((v) => v > e.value!).length))
}
