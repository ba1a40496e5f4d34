/** Two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054

/** Wilson score interval of a proportion x/n, as fractions 0–1; null when n = 0. */
export function wilson(x: number, n: number, z = Z95): { low: number; high: number } | null {
  if (n <= 0) return null
  const p = x / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denominator
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/** value ± z·se, kept inside [min, max]. */
export function normalInterval(value: number, se: number, min: number, max: number, z = Z95): { low: number; high: number } {
  return { low: Math.max(min, value - z * se), high: Math.min(max, value + z * se) }
}
