// Kept free of zod so the admin client can preview targets without bundling the schemas.

/** The national method's margin of error e (5 %). */
export const DEFAULT_SAMPLE_MARGIN = 0.05
export const MAX_SAMPLE_MARGIN = 0.5

/**
 * Sample size for a unit with N transactions in the period at margin e (Yamane's formula,
 * as in the national SIPAS method): n = ⌈N / (1 + N·e²)⌉. N = 2,000, e = 5 % → 334.
 */
export function sampleTarget(transactions: number, margin: number): number {
  if (transactions <= 0) return 0
  // A hair below the exact quotient: 400 / (1 + 400·0.05²) is 200, not 200.00000000000003.
  return Math.ceil(transactions / (1 + transactions * margin * margin) - 1e-9)
}

/** The target of one unit: from its N when known, else the campaign's default (null: no target). */
export function unitTarget(transactions: number | null, margin: number, defaultTarget: number | null): number | null {
  return transactions === null ? defaultTarget : sampleTarget(transactions, margin)
}

/** A unit's N, target and whether its n reached it (null without a target). */
export function targetProgress(unit: { transactions: number | null; target: number | null } | undefined, n: number) {
  const target = unit?.target ?? null
  return { transactions: unit?.transactions ?? null, target, targetReached: target === null ? null : n >= target }
}
