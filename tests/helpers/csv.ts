import { expect } from 'vitest'

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, CRLF); `;` for the Excel (Vietnamese) dialect. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === separator) row.push(field), (field = '')
    else if (ch === '\r') continue
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '')
    else field += ch
  }
  return rows
}

/** The rows of a CSV response, checking it starts with the UTF-8 byte-order mark. */
export async function csvRows(res: Response, separator = ','): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1), separator)
}
