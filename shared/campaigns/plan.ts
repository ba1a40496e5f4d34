// Kept free of zod so the admin client can warn without bundling the schemas.

/** The provincial plan surveys 5 units a year; more is allowed, with a warning. */
export const RECOMMENDED_UNITS_PER_CAMPAIGN = 5
