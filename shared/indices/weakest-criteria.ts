// Kept free of zod: used by the admin results pages and the server's results poster.

/** Criteria weakest first (the ones to improve); criteria without data at the end, in questionnaire order. */
export function criteriaWeakestFirst<C extends { key: string; value: number | null }>(criteria: readonly C[]): C[] {
  const order = new Map(criteria.map((c, i) => [c.key, i]))
  return [...criteria].sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? order.get(a.key)! - order.get(b.key)! : a.value === null ? 1 : -1
    return a.value - b.value || order.get(a.key)! - order.get(b.key)!
  })
}
