// Kept free of zod so the admin client can warn without bundling the schemas.

/** The provincial plan surveys 5 units a year; more is allowed, with a warning. */
export const RECOMMENDED_UNITS_PER_CAMPAIGN = 5

/** A campaign's period normally lies within its year; one that does not is saved with a warning. */
export function periodOutsideYear(year: number, startsOn: string, endsOn: string): boolean {
  const prefix = `${year}-`
  return !startsOn.startsWith(prefix) || !endsOn.startsWith(prefix)
}

/** Fields of a campaign that change only while it is a draft; the period may change later too. */
export const DRAFT_ONLY_CAMPAIGN_FIELDS = ['year', 'questionnaireId'] as const
