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

/** Two-sided 95% quantiles of Student's t for 1–29 degrees of freedom. */
const T95 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086,
  2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452,
]

/** Student's t quantile for a 95% interval with `df` degrees of freedom (1–29; the caller uses Z95 beyond). */
export function t95(df: number): number {
  return T95[Math.min(Math.max(df, 1), T95.length) - 1]!
}
