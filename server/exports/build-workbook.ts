import ExcelJS from 'exceljs'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { criteriaTable, expectationsTable, methodLines, summaryTable, type Column, type Table } from './report-tables'

const NUMBER_FORMATS: Record<Column['kind'], string | undefined> = {
  text: undefined,
  integer: '#,##0',
  percent: '0.0%',
  points: '0.00',
}

function addTable(workbook: ExcelJS.Workbook, name: string, title: string, table: Table): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] })
  sheet.addRow([title]).font = { bold: true, size: 13 }
  sheet.addRow([])
  const header = sheet.addRow(table.columns.map((c) => c.header))
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'middle' }
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1)
    col.width = column.width ?? 14
    const format = NUMBER_FORMATS[column.kind]
    if (format) col.numFmt = format
  })
  for (const row of table.rows) {
    // Percentages are stored as fractions so the cell's % format shows 72.5 as 72,5% (or 72.5%).
    sheet.addRow(row.map((value, i) => (table.columns[i]!.kind === 'percent' && typeof value === 'number' ? value / 100 : value)))
  }
}

/** The report workbook: summary, criteria, expectations and method sheets, Vietnamese headers. */
export async function buildWorkbook(report: CampaignIndices, definition: QuestionnaireDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Hài Lòng'
  const title = `Kết quả khảo sát sự hài lòng — ${report.campaignName}`
  addTable(workbook, 'Tổng hợp', title, summaryTable(report, definition))
  addTable(workbook, 'Tiêu chí', `${title}: chỉ số từng tiêu chí`, criteriaTable(report, definition))
  addTable(workbook, 'Mong muốn', `${title}: mong muốn của người dân`, expectationsTable(report, definition))
  const method = workbook.addWorksheet('Phương pháp')
  method.getColumn(1).width = 30
  method.getColumn(2).width = 110
  method.addRow(['Phương pháp tính']).font = { bold: true, size: 13 }
  for (const line of methodLines(report)) {
    const row = method.addRow(line)
    row.getCell(1).font = { bold: true }
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
