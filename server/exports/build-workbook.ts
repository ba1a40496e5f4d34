import type ExcelJS from 'exceljs'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { newWorkbook } from './new-workbook'
import { type Column, criteriaTable, expectationsTable, exportMethodLines, summaryTable, type Table } from './report-tables'

const NUMBER_FORMATS: Record<Column['kind'], string | undefined> = {
  text: undefined,
  integer: '#,##0',
  percent: '0.0%',
  points: '0.00',
}

const A4 = 9
const DEFAULT_WIDTH = 12

/**
 * Officers print the report for the People's Committee: A4 landscape, every column on one
 * page width (as many pages down as needed), the header row repeated on each page and a
 * footer naming the campaign and the page. `&` starts a field code in a footer, hence `&&`.
 */
function printSetup(campaignName: string, repeatRows?: string): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(repeatRows && { printTitlesRow: repeatRows }),
    },
    headerFooter: { oddFooter: `&L&8${campaignName.replaceAll('&', '&&')}&R&8Trang &P / &N` },
  }
}

/**
 * Height in points of a row whose text wraps in its columns, from the longest cell (a width
 * unit holds about one character): LibreOffice keeps the stored height, so without one,
 * wrapped lines print over the next row.
 */
function wrappedHeight(texts: (string | number | null)[], widths: number[], pointsPerLine: number): number {
  const lines = Math.max(1, ...texts.map((t, i) => (typeof t === 'string' ? Math.ceil(t.length / Math.max(1, widths[i]! - 1)) : 1)))
  return lines * pointsPerLine + 3
}

export function addTable(workbook: ExcelJS.Workbook, name: string, title: string, table: Table, campaignName: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }], ...printSetup(campaignName, '3:3') })
  sheet.addRow([title]).font = { bold: true, size: 13 }
  sheet.addRow([])
  const widths = table.columns.map((c) => c.width ?? DEFAULT_WIDTH)
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1)
    col.width = widths[i]
    const format = NUMBER_FORMATS[column.kind]
    if (format) col.numFmt = format
    // Long text wraps inside its column instead of running over the next one on paper.
    col.alignment = column.kind === 'text' ? { wrapText: true, vertical: 'top' } : { vertical: 'top' }
  })
  const header = sheet.addRow(table.columns.map((c) => c.header))
  header.height = wrappedHeight(
    table.columns.map((c) => c.header),
    widths,
    15,
  )
  header.eachCell((cell) => {
    cell.font = { bold: true }
    cell.alignment = { wrapText: true, vertical: 'bottom' }
    cell.border = { bottom: { style: 'thin' } }
  })
  for (const row of table.rows) {
    // Percentages are stored as fractions so the cell's % format shows 72.5 as 72,5% (or 72.5%).
    const added = sheet.addRow(row.map((value, i) => (table.columns[i]!.kind === 'percent' && typeof value === 'number' ? value / 100 : value)))
    added.height = wrappedHeight(row, widths, 13)
  }
}

/** The report workbook: summary, criteria, expectations, feedback cases and method sheets, Vietnamese headers. */
export async function buildWorkbook(report: CampaignIndices, definition: QuestionnaireDefinition, cases: Table): Promise<Buffer> {
  const workbook = await newWorkbook()
  workbook.creator = 'Hài Lòng'
  const title = `Kết quả khảo sát sự hài lòng — ${report.campaignName}`
  const campaign = report.campaignName
  addTable(workbook, 'Tổng hợp', title, summaryTable(report, definition), campaign)
  addTable(workbook, 'Tiêu chí', `${title}: chỉ số từng tiêu chí`, criteriaTable(report, definition), campaign)
  addTable(workbook, 'Mong muốn', `${title}: mong muốn của người dân`, expectationsTable(report, definition), campaign)
  addTable(workbook, 'Phản hồi ý kiến', `${title}: trả lời ý kiến của người dân`, cases, campaign)
  const method = workbook.addWorksheet('Phương pháp', printSetup(campaign))
  method.getColumn(1).width = 30
  method.getColumn(2).width = 110
  method.addRow(['Phương pháp tính']).font = { bold: true, size: 13 }
  for (const line of exportMethodLines(report)) {
    const row = method.addRow(line)
    row.getCell(1).font = { bold: true }
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
