// Kept free of zod so the admin client can show them without bundling the schemas.

/** Indices from fewer valid answers than this are shown as indicative only. */
export const MIN_RELIABLE_N = 30
/** Breakdown cells (and export rows) with fewer respondents than this are hidden (k-anonymity). */
export const MIN_CELL_RESPONDENTS = 5
