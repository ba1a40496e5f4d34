// Kept free of zod so the admin client can list the roles without bundling the schemas.
export const ROLES = ['admin', 'unit_manager', 'viewer'] as const
