const BOM = '\uFEFF'

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line (RFC 4180, CRLF). */
export function csvLine(values: (string | number | boolean | null | undefined)[]): string {
  return values.map(cell).join(',') + '\r\n'
}

/** A whole CSV document, UTF-8 with a byte-order mark so Excel reads Vietnamese correctly. */
export function csvDocument(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('')
}

export const CSV_BOM = BOM
