// Kept free of zod so the admin client can use it without bundling the schemas.
import { AGENCY_KIND_NAMES, AGENCY_KINDS, type AgencyKind } from './kinds'

/** The columns of an import file, in template order, with the header each language writes. */
export const IMPORT_COLUMNS = [
  { key: 'name', vi: 'Tên cơ quan', en: 'name' },
  { key: 'code', vi: 'Mã', en: 'code' },
  { key: 'kind', vi: 'Loại', en: 'kind' },
  { key: 'parentCode', vi: 'Mã cơ quan cấp trên', en: 'parentCode' },
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key']

/** An import file holds at most this many agencies (a province has a few thousand). */
export const MAX_IMPORT_ROWS = 20_000
/** …and is at most this large, in CSV or XLSX (server/http/body-limits.ts refuses larger bodies before they are read). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** Why a row was not imported; the admin shows each in the chosen language. */
export const IMPORT_REJECTIONS = [
  'name_missing',
  'name_too_long',
  'code_missing',
  'code_too_long',
  'code_characters',
  'kind_unknown',
  'code_exists',
  'code_repeated',
  'parent_unknown',
  'parent_not_imported',
] as const
export type ImportRejection = (typeof IMPORT_REJECTIONS)[number]

/** How the file was read: the encodings Excel writes a CSV in, or a workbook. */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'xlsx'] as const
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number]

/** Lower case, composed (NFC) and single-spaced: how headers and kind names are compared. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')
}

const KIND_BY_LABEL = new Map<string, AgencyKind>()
for (const kind of AGENCY_KINDS) {
  for (const label of [kind, AGENCY_KIND_NAMES.vi[kind], AGENCY_KIND_NAMES.en[kind]]) KIND_BY_LABEL.set(normalizeLabel(label), kind)
}
// Each part of a name like "Sở, ban, ngành" or "UBND xã, phường" names the kind too.
for (const kind of AGENCY_KINDS) {
  for (const part of AGENCY_KIND_NAMES.vi[kind].split(',')) if (!KIND_BY_LABEL.has(normalizeLabel(part))) KIND_BY_LABEL.set(normalizeLabel(part), kind)
}
KIND_BY_LABEL.set(normalizeLabel('UBND phường'), 'commune')

/** The kind a cell names: the code (`department`) or its Vietnamese or English name. */
export function kindFromLabel(text: string): AgencyKind | undefined {
  return KIND_BY_LABEL.get(normalizeLabel(text))
}

/** The template's example rows: a province, a department, the service centre and a commune under it. */
export const IMPORT_EXAMPLE_ROWS: Record<ImportColumn, string>[] = [
  { name: 'UBND tỉnh Điện Biên', code: 'DB', kind: AGENCY_KIND_NAMES.vi.province, parentCode: '' },
  { name: 'Sở Tư pháp', code: 'DB-STP', kind: AGENCY_KIND_NAMES.vi.department, parentCode: 'DB' },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', code: 'DB-TTPV', kind: AGENCY_KIND_NAMES.vi.service_centre, parentCode: 'DB' },
  { name: 'UBND phường Mường Thanh', code: 'DB-MT', kind: AGENCY_KIND_NAMES.vi.commune, parentCode: 'DB' },
]
