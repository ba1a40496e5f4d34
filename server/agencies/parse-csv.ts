export interface CsvRecord {
  /** 1-based line in the file where the record starts. */
  line: number
  fields: string[]
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes (which may hold commas,
 * line breaks and "" for a quote), CRLF or LF line ends, a leading UTF-8 BOM ignored.
 * Blank lines are skipped. Throws on a quote left open at the end of the text.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const endRecord = () => {
    fields.push(field)
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true
      field = ''
    } else if (ch === ',') {
      fields.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
    }
  }
  if (quoted) throw new Error(`unclosed quote in the record starting on line ${recordLine}`)
  if (field !== '' || fields.length > 0) endRecord()
  return records
}
