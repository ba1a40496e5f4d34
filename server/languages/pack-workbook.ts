import type { LanguageInfo } from '../../shared/language-packs/schemas'
import type { SourceText } from '../../shared/language-packs/texts'
import { newWorkbook } from '../exports/new-workbook'
import { KEY_HEADER, languageHeader } from './pack-sheet'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** One row per text key, one column per language: Vietnamese and English from the questionnaire, the others from their packs. */
export async function buildPackWorkbook(sources: SourceText[], languages: LanguageInfo[], packs: Map<string, Record<string, string>>): Promise<ArrayBuffer> {
  const workbook = await newWorkbook()
  const sheet = workbook.addWorksheet('Texts', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] })
  sheet.columns = [{ width: 36 }, ...languages.map(() => ({ width: 48 }))]
  sheet.addRow([KEY_HEADER, ...languages.map(languageHeader)]).font = { bold: true }
  for (const { key, source } of sources) {
    const row = sheet.addRow([key, ...languages.map((l) => (l.code === 'vi' ? source.vi : l.code === 'en' ? source.en : (packs.get(l.code)?.[key] ?? '')))])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}

export class UnreadablePackWorkbook extends Error {}

/** The first sheet's cells as text, row by row from row 1, each row from column A. */
export async function readPackWorkbook(bytes: Uint8Array): Promise<string[][]> {
  const workbook = await newWorkbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new UnreadablePackWorkbook('Not an XLSX workbook')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new UnreadablePackWorkbook('The workbook has no sheet')
  const rows: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    for (let col = 1; col <= Math.max(row.cellCount, sheet.columnCount); col++) cells.push(row.getCell(col).text ?? '')
    rows.push(cells)
  }
  return rows
}
