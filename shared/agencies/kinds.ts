// Kept free of zod so the admin client can list the kinds without bundling the schemas.

/** Kinds of unit in a two-tier (province → commune) local government, plus anything a province adds. */
export const AGENCY_KINDS = [
  'province', // UBND tỉnh
  'department', // Sở, ban, ngành
  'service_centre', // Trung tâm Phục vụ hành chính công
  'public_service_unit', // Đơn vị sự nghiệp công lập
  'commune', // UBND xã / phường / đặc khu
  'branch', // chi nhánh, bộ phận
  'other',
] as const
export type AgencyKind = (typeof AGENCY_KINDS)[number]
