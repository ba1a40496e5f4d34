// Kept free of zod so the admin client can use it without bundling the schemas.

/** Receipt codes (appointment slips) created at once, at the most. */
export const MAX_RECEIPTS_PER_BATCH = 500
