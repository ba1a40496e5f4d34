// Kept free of zod so the field app can say it without bundling the schemas.
/** The days a surveyor's device works without logging in again (offline included). */
export const DEVICE_SESSION_DAYS = 14
