import type ExcelJS from 'exceljs'

/** An empty workbook. exceljs weighs ~25 MB once loaded: only a request for a spreadsheet loads it. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs')
  return new excel.Workbook()
}
