// Kept free of zod so the admin client can list the roles without bundling the schemas.
/** `surveyor`: a member of a campaign's survey team; sees only the campaigns assigned to them, no results. */
export const ROLES = ['admin', 'unit_manager', 'viewer', 'surveyor'] as const

/** The roles that read results, agencies and exports (every role but `surveyor`). */
export const RESULT_READER_ROLES = ['admin', 'unit_manager', 'viewer'] as const
