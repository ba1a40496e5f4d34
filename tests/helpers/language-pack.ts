import ExcelJS from 'exceljs'
import { expect } from 'vitest'
import type { ApiSession } from './survey-links'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Adds a test language (once) and imports its pack for a questionnaire version through the
 * spreadsheet, as a translator would: each text made from the Vietnamese by `text`.
 */
export async function importTestPack(
  baseUrl: string,
  session: ApiSession,
  questionnaireId: number,
  language: { code: string; name: string },
  text: (vi: string) => string,
): Promise<void> {
  expect([201, 409]).toContain((await session.call('/languages', { body: language })).status)
  const url = `${baseUrl}/api/v1/questionnaires/${questionnaireId}/texts.xlsx`
  const exported = await fetch(url, { headers: { Cookie: session.cookie } })
  expect(exported.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await exported.arrayBuffer())
  const sheet = workbook.worksheets[0]!
  const column = (sheet.getRow(1).values as string[]).indexOf(`${language.code} — ${language.name}`)
  expect(column).toBeGreaterThan(3)
  for (let row = 2; row <= sheet.rowCount; row++) sheet.getCell(row, column).value = text(sheet.getCell(row, 2).text)
  const imported = await fetch(url, {
    method: 'POST',
    headers: { Cookie: session.cookie, 'Content-Type': XLSX },
    body: new Blob([await workbook.xlsx.writeBuffer()]),
  })
  expect(imported.status).toBe(200)
}
