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

/** What each kind is called, as the admin shows it and as an import file may name it. */
export const AGENCY_KIND_NAMES: Record<'vi' | 'en', Record<AgencyKind, string>> = {
  vi: {
    province: 'UBND tỉnh',
    department: 'Sở, ban, ngành',
    service_centre: 'Trung tâm Phục vụ hành chính công',
    public_service_unit: 'Đơn vị sự nghiệp công lập',
    commune: 'UBND xã, phường',
    branch: 'Chi nhánh, bộ phận',
    other: 'Khác',
  },
  en: {
    province: 'Provincial People’s Committee',
    department: 'Department',
    service_centre: 'Public Administration Service Centre',
    public_service_unit: 'Public service unit',
    commune: 'Commune or ward',
    branch: 'Branch or section',
    other: 'Other',
  },
}

/** The admin catalog's `kind.*` entries, from the names above. */
export function kindMessages(lang: 'vi' | 'en'): { [K in AgencyKind as `kind.${K}`]: string } {
  return Object.fromEntries(AGENCY_KINDS.map((kind) => [`kind.${kind}`, AGENCY_KIND_NAMES[lang][kind]])) as { [K in AgencyKind as `kind.${K}`]: string }
}
