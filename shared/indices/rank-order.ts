// Kept free of zod so the admin client can use it without bundling the schemas.

interface Rankable {
  name: string
  n: number
  /** Place among reliable units (from the API); null when indicative or without data. */
  rank: number | null
  sipas: { value: number | null }
}

const group = (u: Rankable) => (u.rank !== null ? 0 : u.sipas.value !== null ? 1 : 2)

/**
 * The order units are listed in: ranked units by place, then indicative units (too few
 * answers to rank) by index, then units without data; equal places larger sample first.
 */
export function inRankOrder<U extends Rankable>(units: readonly U[]): U[] {
  return [...units].sort(
    (a, b) =>
      group(a) - group(b) || (a.rank ?? 0) - (b.rank ?? 0) || (b.sipas.value ?? 0) - (a.sipas.value ?? 0) || b.n - a.n || a.name.localeCompare(b.name, 'vi'),
  )
}
