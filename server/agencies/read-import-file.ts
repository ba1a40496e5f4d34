import type { ImportEncoding } from '../../shared/agencies/import'
import { newWorkbook } from '../exports/new-workbook'
import { type CsvRecord, parseCsv } from './parse-csv'

export interface ImportFile {
  encoding: ImportEncoding
  /** Every non-blank row, the header first, with its line (CSV) or row number (XLSX). */
  records: CsvRecord[]
}

export class UnreadableImportFile extends Error {}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte)

/**
 * Reads an agency import file as Excel writes it: an XLSX workbook (its first sheet), or a CSV
 * in UTF-8 (BOM or not), UTF-16 LE or BE (with the BOM Excel's "Unicode text" writes), or
 * Windows-1258, the code page of "CSV" on Vietnamese Windows. Text that is not valid UTF-8
 * and has no BOM is read as Windows-1258; its decomposed tone marks are composed (NFC).
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportFile> {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { encoding: 'xlsx', records: await readXlsx(bytes) }
  const [encoding, text] = decodeText(bytes)
  try {
    return { encoding, records: parseCsv(text.normalize('NFC')) }
  } catch (err) {
    throw new UnreadableImportFile(`Not a valid CSV file: ${(err as Error).message}`)
  }
}

function decodeText(bytes: Uint8Array): [ImportEncoding, string] {
  if (startsWith(bytes, [0xff, 0xfe])) return ['utf-16le', new TextDecoder('utf-16le').decode(bytes)]
  if (startsWith(bytes, [0xfe, 0xff])) return ['utf-16be', new TextDecoder('utf-16be').decode(bytes)]
  try {
    return ['utf-8', new TextDecoder('utf-8', { fatal: true }).decode(bytes)]
  } catch {
    return ['windows-1258', new TextDecoder('windows-1258').decode(bytes)]
  }
}

async function readXlsx(bytes: Uint8Array): Promise<CsvRecord[]> {
  const workbook = await newWorkbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (err) {
    throw new UnreadableImportFile(`Not a valid XLSX workbook: ${(err as Error).message}`)
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new UnreadableImportFile('The workbook has no sheet')
  const records: CsvRecord[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // cell.text is what Excel shows: a code typed as 001 stays "001" if the cell is text
    const fields = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text.normalize('NFC'))
    if (fields.some((field) => field.trim() !== '')) records.push({ line: rowNumber, fields })
  })
  return records
}
