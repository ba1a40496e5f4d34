import type { PackImportProblem } from '../../shared/language-packs/schemas'
import { BUILTIN_LANGUAGES } from '../../shared/language-packs/schemas'
import { placeholders, type SourceText } from '../../shared/language-packs/texts'

/** The spreadsheet's first column holds the text keys; one column per language follows, headed `<code> — <name>`. */
export const KEY_HEADER = 'key'

/** Excel's name of a column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

export const languageHeader = (language: { code: string; name: string }) => `${language.code} — ${language.name}`
const headerCode = (header: string) => header.trim().split(/\s/)[0] ?? ''

export type PackSheetResult = { packs: Map<string, Record<string, string>> } | { problems: PackImportProblem[] }

/**
 * Checks every cell of a filled-in pack sheet (`rows[0]` the header, each row its cells from
 * column A): each key known and once, each language column of an added language either empty
 * (not imported) or complete, every text with the placeholders of its Vietnamese source.
 * Nothing is taken when any cell is wrong. Vietnamese and English are the questionnaire's own
 * texts, shown for reference: their columns are not read.
 */
export function checkPackSheet(rows: string[][], sources: SourceText[], languages: ReadonlySet<string>): PackSheetResult {
  const problems: PackImportProblem[] = []
  const [header = [], ...body] = rows
  if ((header[0] ?? '').trim().toLowerCase() !== KEY_HEADER) problems.push({ cell: 'A1', code: 'invalid_value', message: `must be "${KEY_HEADER}"` })
  const columns: { index: number; code: string }[] = []
  header.forEach((cell, index) => {
    if (index === 0 || cell.trim() === '') return
    const code = headerCode(cell)
    if ((BUILTIN_LANGUAGES as readonly string[]).includes(code)) return
    if (!languages.has(code))
      problems.push({ cell: `${columnLetter(index + 1)}1`, code: 'unknown_language', message: `unknown language "${code}": add it first` })
    else if (columns.some((c) => c.code === code))
      problems.push({ cell: `${columnLetter(index + 1)}1`, code: 'listed_twice', message: `language "${code}" appears twice` })
    else columns.push({ index, code })
  })

  const sourceByKey = new Map(sources.map((s) => [s.key, s]))
  const rowOfKey = new Map<string, number>()
  body.forEach((cells, i) => {
    const rowNumber = i + 2
    const key = (cells[0] ?? '').trim()
    if (key === '') {
      if (cells.some((cell) => cell.trim() !== '')) problems.push({ cell: `A${rowNumber}`, code: 'required', message: 'missing text key' })
      return
    }
    if (!sourceByKey.has(key)) problems.push({ cell: `A${rowNumber}`, code: 'unknown_text_key', message: `unknown text key "${key}"` })
    else if (rowOfKey.has(key))
      problems.push({ cell: `A${rowNumber}`, code: 'listed_twice', message: `text key "${key}" appears twice (row ${rowOfKey.get(key)})` })
    else rowOfKey.set(key, rowNumber)
  })

  const filled = columns.filter(({ index }) => body.some((cells) => (cells[index] ?? '').trim() !== ''))
  if (filled.length === 0 && problems.length === 0) problems.push({ cell: 'B1', code: 'no_texts_yet', message: 'no column of an added language has any text' })
  const packs = new Map<string, Record<string, string>>()
  for (const { index, code } of filled) {
    const pack: Record<string, string> = {}
    const letter = columnLetter(index + 1)
    for (const source of sources) {
      const rowNumber = rowOfKey.get(source.key)
      if (rowNumber === undefined) {
        problems.push({ cell: `A${body.length + 2}`, code: 'missing_text', message: `no row for text key "${source.key}"` })
        continue
      }
      const text = (body[rowNumber - 2]![index] ?? '').trim()
      const cell = `${letter}${rowNumber}`
      if (text === '') problems.push({ cell, code: 'missing_text', message: `missing text for "${source.key}"` })
      else if (placeholders(text).join() !== placeholders(source.source.vi).join()) {
        const expected = placeholders(source.source.vi)
        problems.push({
          cell,
          code: 'placeholder_mismatch',
          message: expected.length ? `must keep the placeholders ${expected.map((p) => `{${p}}`).join(' ')}` : 'must have no {placeholder}',
        })
      } else pack[source.key] = text
    }
    packs.set(code, pack)
  }
  return problems.length > 0 ? { problems: dedupe(problems) } : { packs }
}

function dedupe(problems: PackImportProblem[]): PackImportProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => !seen.has(`${p.cell} ${p.message}`) && seen.add(`${p.cell} ${p.message}`))
}
