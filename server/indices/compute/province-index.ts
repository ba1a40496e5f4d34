/**
 * The province's index over a set of surveyed units: the unweighted mean of the units'
 * indices (each unit counts once, whatever its sample), as the provincial report ranks
 * units side by side. Units without data are left out; null when none has data.
 */
export function provinceIndex(units: { value: number | null; n: number }[]): { value: number | null; units: number; n: number } {
  const withData = units.filter((u): u is { value: number; n: number } => u.value !== null)
  if (withData.length === 0) return { value: null, units: 0, n: 0 }
  return {
    value: withData.reduce((sum, u) => sum + u.value, 0) / withData.length,
    units: withData.length,
    n: withData.reduce((sum, u) => sum + u.n, 0),
  }
}
