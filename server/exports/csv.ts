export const CSV_BOM = '\uFEFF'

export type CsvValue = string | number | boolean | null | undefined

/**
 * How cells are separated and how decimals are written. `comma` is RFC 4180 with `.`
 * decimals (for programs); `semicolon` writes `;` between cells and `,` decimals, what
 * Excel expects under Vietnamese regional settings.
 */
export const CSV_DIALECTS = {
  comma: { separator: ',', decimal: '.' },
  semicolon: { separator: ';', decimal: ',' },
} as const
export type CsvDialect = (typeof CSV_DIALECTS)[keyof typeof CSV_DIALECTS]

/** A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: CsvValue, dialect: CsvDialect): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value).replace('.', dialect.decimal)
  const text = String(value)
  // A leading quote makes the spreadsheet show the text as text; the cell is quoted as well.
  if (FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`
  return text.includes(dialect.separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line (RFC 4180 quoting, CRLF), text that could run as a formula neutralised. */
export function csvLine(values: CsvValue[], dialect: CsvDialect = CSV_DIALECTS.comma): string {
  return `${values.map((v) => cell(v, dialect)).join(dialect.separator)}\r\n`
}

/** A whole CSV document, UTF-8 with a byte-order mark so Excel reads Vietnamese correctly. */
export function csvDocument(header: string[], rows: CsvValue[][], dialect: CsvDialect = CSV_DIALECTS.comma): string {
  return CSV_BOM + csvLine(header, dialect) + rows.map((row) => csvLine(row, dialect)).join('')
}
