import { createRoute, z } from '@hono/zod-openapi'
import { IMPORT_COLUMNS, IMPORT_EXAMPLE_ROWS } from '../../shared/agencies/import'
import { AGENCY_KIND_NAMES, AGENCY_KINDS } from '../../shared/agencies/kinds'
import { csvDocument } from '../exports/csv'
import { newWorkbook } from '../exports/new-workbook'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const header = IMPORT_COLUMNS.map((column) => column.vi)
const examples = IMPORT_EXAMPLE_ROWS.map((row) => IMPORT_COLUMNS.map((column) => row[column.key]))

const templateRoute = (format: 'xlsx' | 'csv', type: string) =>
  createRoute({
    method: 'get',
    path: `/import-template.${format}`,
    summary: `A ${format.toUpperCase()} to fill in for POST /agencies/import: the Vietnamese headers and example rows`,
    responses: { 200: { description: 'The template', content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } } },
  })

async function templateWorkbook(): Promise<ArrayBuffer> {
  const workbook = await newWorkbook()
  const sheet = workbook.addWorksheet('Cơ quan')
  sheet.addRow(header).font = { bold: true }
  for (const row of examples) sheet.addRow(row)
  sheet.columns.forEach((column, i) => (column.width = [48, 16, 34, 22][i]))
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const kinds = workbook.addWorksheet('Loại')
  kinds.addRow(['Loại (ghi vào cột “Loại”)', 'hoặc mã']).font = { bold: true }
  for (const kind of AGENCY_KINDS) kinds.addRow([AGENCY_KIND_NAMES.vi[kind], kind])
  kinds.columns.forEach((column, i) => (column.width = [40, 22][i]))
  // a drop-down of the kind names in the "Loại" column
  for (let row = 2; row <= 2000; row++) {
    sheet.getCell(row, 3).dataValidation = { type: 'list', allowBlank: true, formulae: [`'Loại'!$A$2:$A$${AGENCY_KINDS.length + 1}`] }
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}

export function importTemplates(_ctx: AppContext) {
  return createRouter()
    .openapi(templateRoute('xlsx', XLSX_TYPE), async (c) => {
      c.header('Content-Disposition', 'attachment; filename="mau-nhap-co-quan.xlsx"')
      return c.body(await templateWorkbook(), 200, { 'Content-Type': XLSX_TYPE })
    })
    .openapi(templateRoute('csv', 'text/csv'), (c) => {
      c.header('Content-Disposition', 'attachment; filename="mau-nhap-co-quan.csv"')
      return c.body(csvDocument(header, examples), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
    })
}
