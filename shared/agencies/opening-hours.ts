// Kept free of zod so the admin client's agency form can use them without bundling the schemas.

/** Days 1 = Monday … 7 = Sunday, and whole hours [opensAt, closesAt), Viet Nam time. */
export interface OpeningHours {
  days: number[]
  opensAt: number
  closesAt: number
}

/** A one-stop desk's usual week: Monday–Friday, 7:00–17:00. */
export const DEFAULT_OPENING_HOURS: OpeningHours = { days: [1, 2, 3, 4, 5], opensAt: 7, closesAt: 17 }
