import { IMPORT_COLUMNS, type ImportColumn, type ImportRejection, kindFromLabel, normalizeLabel } from '../../shared/agencies/import'
import type { AgencyImportReport, AgencyKind } from '../../shared/agencies/schemas'
import type { CsvRecord } from './parse-csv'

export interface ImportRow {
  line: number
  name: string
  code: string
  kind: AgencyKind
  /** '' for a top-level agency. */
  parentCode: string
}

export interface ImportPlan {
  /** Valid rows, every parent before its children. */
  rows: ImportRow[]
  rejected: AgencyImportReport['rejected']
}

const REASONS: Record<ImportRejection, string> = {
  name_missing: 'name: is required',
  name_too_long: 'name: at most 300 characters',
  code_missing: 'code: is required',
  code_too_long: 'code: at most 50 characters',
  code_characters: 'code: letters, digits, dot, dash or underscore only',
  kind_unknown: 'kind: not a known kind code or name',
  code_exists: 'code: an agency with this code already exists',
  code_repeated: 'code: appears twice in the file',
  parent_unknown: 'parentCode: no agency with this code, in the database or in the file',
  parent_not_imported: 'parentCode: the parent row was not imported (rejected, or the rows form a loop)',
}

const FIELD: Record<ImportRejection, ImportColumn> = {
  name_missing: 'name',
  name_too_long: 'name',
  code_missing: 'code',
  code_too_long: 'code',
  code_characters: 'code',
  kind_unknown: 'kind',
  code_exists: 'code',
  code_repeated: 'code',
  parent_unknown: 'parentCode',
  parent_not_imported: 'parentCode',
}

/** Which column holds what, from the header row (English keys or the template's Vietnamese headers); null names the missing ones. */
export function headerIndex(header: string[]): { index: Record<ImportColumn, number> } | { missing: string[] } {
  const labels = header.map(normalizeLabel)
  const index = Object.fromEntries(
    IMPORT_COLUMNS.map((c) => [c.key, labels.findIndex((l) => l === normalizeLabel(c.en) || l === normalizeLabel(c.vi))]),
  ) as Record<ImportColumn, number>
  const missing = IMPORT_COLUMNS.filter((c) => index[c.key] === -1).map((c) => `${c.en} (${c.vi})`)
  return missing.length > 0 ? { missing } : { index }
}

/** The same rules as createAgencySchema, each failure with its own code. */
function checkRow(cell: (column: ImportColumn) => string): { kind: AgencyKind } | { rejection: ImportRejection } {
  const name = cell('name')
  const code = cell('code')
  const kind = kindFromLabel(cell('kind'))
  if (name === '') return { rejection: 'name_missing' }
  if (name.length > 300) return { rejection: 'name_too_long' }
  if (code === '') return { rejection: 'code_missing' }
  if (code.length > 50) return { rejection: 'code_too_long' }
  if (!/^[A-Za-z0-9._-]+$/.test(code)) return { rejection: 'code_characters' }
  return kind ? { kind } : { rejection: 'kind_unknown' }
}

/**
 * Checks every row and orders the valid ones so each parent comes before its children, in one
 * pass over the file (Kahn's algorithm: a row is ready once its parent exists or is placed).
 * A row whose parent is neither stored nor in the file, or whose parent row never becomes
 * ready (rejected, or a loop), is rejected with the reason.
 */
export function planAgencyImport(records: CsvRecord[], index: Record<ImportColumn, number>, existingCodes: ReadonlySet<string>): ImportPlan {
  const rejected: ImportPlan['rejected'] = []
  const reject = (line: number, code: ImportRejection, value: string) =>
    rejected.push({ line, code, field: FIELD[code], reason: REASONS[code], ...(value !== '' && { value }) })

  const valid = new Map<string, ImportRow>()
  for (const record of records) {
    const cell = (column: ImportColumn) => record.fields[index[column]]?.trim() ?? ''
    const checked = checkRow(cell)
    if ('rejection' in checked) {
      reject(record.line, checked.rejection, cell(FIELD[checked.rejection]))
      continue
    }
    const key = cell('code').toLowerCase()
    if (existingCodes.has(key)) reject(record.line, 'code_exists', cell('code'))
    else if (valid.has(key)) reject(record.line, 'code_repeated', cell('code'))
    else valid.set(key, { line: record.line, name: cell('name'), code: cell('code'), kind: checked.kind, parentCode: cell('parentCode') })
  }

  const childrenOf = new Map<string, ImportRow[]>()
  const ordered: ImportRow[] = []
  for (const row of valid.values()) {
    const parentKey = row.parentCode.toLowerCase()
    if (parentKey === '' || existingCodes.has(parentKey)) ordered.push(row)
    else if (valid.has(parentKey)) childrenOf.get(parentKey)?.push(row) ?? childrenOf.set(parentKey, [row])
    else reject(row.line, 'parent_unknown', row.parentCode)
  }
  for (let i = 0; i < ordered.length; i++) {
    const children = childrenOf.get(ordered[i]!.code.toLowerCase())
    if (children) ordered.push(...children)
  }
  const placed = new Set(ordered)
  for (const children of childrenOf.values()) for (const row of children) if (!placed.has(row)) reject(row.line, 'parent_not_imported', row.parentCode)
  rejected.sort((a, b) => a.line - b.line)
  return { rows: ordered, rejected }
}
