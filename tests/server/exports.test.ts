import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { csvRows } from '../helpers/csv'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'
import { knownExpected } from '../helpers/indices-dataset'
import { insertResponses, times } from '../helpers/indices-responses'
import { type KnownCampaign, knownCampaignWithAdmin } from '../helpers/indices-setup'

async function download(t: ReturnType<typeof useTestApp>, path: string, user: LoggedInUser) {
  return t.app.request(`/api/v1${path}`, { headers: user.headers })
}

describe.each(databaseKinds)('exports on %s', (kind) => {
  const t = useTestApp(kind)
  let known: KnownCampaign
  let admin: LoggedInUser

  beforeAll(async () => {
    ;({ known, admin } = await knownCampaignWithAdmin(t))
  })

  it('writes an XLSX report with the hand-calculated figures, Vietnamese text and percent formats', async () => {
    const res = await download(t, `/campaigns/${known.campaignId}/export.xlsx`, admin)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect(res.headers.get('content-disposition')).toContain('.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Tiêu chí', 'Mong muốn', 'Phản hồi ý kiến', 'Phương pháp'])

    const summary = workbook.getWorksheet('Tổng hợp')!
    const headers = (summary.getRow(3).values as unknown[]).slice(1)
    expect(headers).toEqual([
      'STT',
      'Xếp hạng',
      'Cơ quan, đơn vị',
      'Số phiếu',
      'Số phiếu hợp lệ (n)',
      'Chỉ số hài lòng (SIPAS)',
      'Cận dưới KTC 95%',
      'Cận trên KTC 95%',
      'Độ tin cậy',
      'Công chức',
      'Góp ý, phản ánh',
      'Yếu tố không có dữ liệu',
      'Phiếu bị gắn cờ',
      'Cỡ mẫu mục tiêu',
    ])
    const col = (name: string) => headers.indexOf(name) + 1
    const { name } = await t.ctx.db.selectFrom('agencies').select('name').where('id', '=', known.agencyId).executeTakeFirstOrThrow()
    const unitRow = [4, 5].map((r) => summary.getRow(r)).find((row) => row.getCell(col('Cơ quan, đơn vị')).value === name)!
    expect(unitRow.getCell(col('Số phiếu')).value).toBe(44)
    expect(unitRow.getCell(col('Số phiếu hợp lệ (n)')).value).toBe(40)
    expect(unitRow.getCell(col('Chỉ số hài lòng (SIPAS)')).value).toBeCloseTo(0.725, 12)
    expect(unitRow.getCell(col('Chỉ số hài lòng (SIPAS)')).numFmt).toBe('0.0%')
    expect(unitRow.getCell(col('Cận dưới KTC 95%')).value).toBeCloseTo(knownExpected.sipas.ciLow / 100, 10)
    expect(unitRow.getCell(col('Cận trên KTC 95%')).value).toBeCloseTo(knownExpected.sipas.ciHigh / 100, 10)
    expect(unitRow.getCell(col('Công chức')).value).toBeCloseTo(0.7, 12)
    expect(unitRow.getCell(col('Góp ý, phản ánh')).value).toBeCloseTo(0.75, 12)
    expect(unitRow.getCell(col('Độ tin cậy')).value).toBe('Đủ mẫu')
    expect(unitRow.getCell(col('Phiếu bị gắn cờ')).value).toBe(5)
    // Ranked first; the 9-answer unit is listed after it, without a place.
    expect(unitRow.number).toBe(4)
    expect(unitRow.getCell(col('Xếp hạng')).value).toBe(1)
    expect(summary.getRow(5).getCell(col('Xếp hạng')).value).toBe('Không xếp hạng')
    expect(summary.getRow(5).getCell(col('Độ tin cậy')).value).toBe('Tham khảo (n < 30)')

    const criteria = workbook.getWorksheet('Tiêu chí')!
    const polite = criteria.getRows(4, criteria.rowCount - 3)!.find((r) => r.getCell(1).value === known.agencyId && r.getCell(4).value === 'staff.polite')!
    expect(polite.getCell(5).value).toBe('Lịch sự')
    expect(polite.getCell(6).value).toBeCloseTo(0.75, 12)
    expect(polite.getCell(7).value).toBe(40)
    expect(polite.getCell(8).value).toBeCloseTo(knownExpected.criteria['staff.polite'].ciLow / 100, 4)

    const expectations = workbook.getWorksheet('Mong muốn')!
    const faster = expectations.getRows(4, expectations.rowCount - 3)!.find((r) => r.getCell(2).value === 'Nhanh hơn' && r.getCell(3).value === 14)!
    expect(faster.getCell(4).value).toBeCloseTo(0.875, 12)

    const method = workbook.getWorksheet('Phương pháp')!
    const text = method.getSheetValues().flat().join(' ')
    expect(text).toContain('Wilson')
    expect(text).toContain('(Số câu trả lời mức 4 hoặc 5) / (số câu trả lời hợp lệ mức 1–5) × 100%')
    expect(text).toContain('Không tính các phiếu bị gắn cờ')
  })

  it('writes a CSV with a BOM, Vietnamese headers and one row per unit × criterion', async () => {
    const res = await download(t, `/campaigns/${known.campaignId}/export.csv`, admin)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const rows = await csvRows(res)
    expect(rows[0]).toEqual([
      'Mã đơn vị',
      'Cơ quan, đơn vị',
      'Yếu tố',
      'Mã tiêu chí',
      'Tiêu chí',
      'Chỉ số (% hài lòng)',
      'Số trả lời hợp lệ (n)',
      'Cận dưới KTC 95%',
      'Cận trên KTC 95%',
      'Độ tin cậy',
    ])
    expect(rows).toHaveLength(1 + 2 * 3)
    const row = (criterion: string) => rows.find((r) => r[0] === String(known.agencyId) && r[3] === criterion)!
    expect(row('staff.polite').slice(4)).toEqual(['Lịch sự', '75', '40', '59.81', '85.81', 'Đủ mẫu'])
    expect(row('staff.listened').slice(5, 7)).toEqual(['65', '40'])
    expect(row('feedback.easy').slice(5, 7)).toEqual(['75', '12'])
    expect(row('feedback.easy')[9]).toBe('Tham khảo (n < 30)')
  })

  it('gives the same figures as JSON, with the method and the filters', async () => {
    const res = await t.request(`/api/v1/campaigns/${known.campaignId}/export.json?channel=kiosk`, { headers: admin.headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('.json')
    const api = await t.request(`/api/v1/campaigns/${known.campaignId}/indices?channel=kiosk`, { headers: admin.headers })
    const { method, ...figures } = res.body
    expect(figures).toEqual(api.body)
    expect(method.flat().join(' ')).toContain('Chỉ kênh: máy tính bảng tại quầy')
    const all = await t.request(`/api/v1/campaigns/${known.campaignId}/export.json`, { headers: admin.headers })
    expect(all.body.units.find((u: any) => u.agencyId === known.agencyId).sipas.value).toBeCloseTo(72.5, 10)
  })

  it('limits a unit manager’s exports to its unit', async () => {
    const manager = await createUserAndLogin(t, 'unit_manager', known.otherAgencyId)
    const csv = await download(t, `/campaigns/${known.campaignId}/export.csv`, manager)
    const rows = await csvRows(csv)
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([String(known.otherAgencyId)]))
    expect((await download(t, `/campaigns/${known.campaignId}/export.xlsx?agencyId=${known.agencyId}`, manager)).status).toBe(403)
    expect((await download(t, `/campaigns/${known.campaignId}/responses.csv`, manager)).status).toBe(403)
  })

  it('exports anonymised raw responses for admins: hours only, comments on request, small demographic groups blanked', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    await insertResponses(t.ctx.db, fixture, [
      ...times(6, {
        answers: { 'staff.polite': 5, 'staff.listened': null },
        overall: 5,
        demographics: { gender: 'male' },
        comment: 'Cán bộ nhiệt tình, "chu đáo"',
        submittedHour: new Date('2026-03-02T03:00:00Z'),
      }),
      ...times(2, { answers: { 'staff.polite': 2 }, demographics: { gender: 'female' }, channel: 'qr', verified: true }),
      ...times(1, { answers: { 'staff.polite': 1 }, flagged: true }),
    ])
    const res = await download(t, `/campaigns/${fixture.campaignId}/responses.csv?labels=codes`, admin)
    expect(res.status).toBe(200)
    const [header, ...rows] = await csvRows(res)
    const text = rows.flat().join(',')
    expect(header).toEqual([
      'Mã phiếu',
      'Cơ quan, đơn vị',
      'Kênh',
      'Giờ gửi (giờ Việt Nam)',
      'Đã xác minh',
      'Bị gắn cờ',
      'Lý do gắn cờ',
      'staff.polite',
      'staff.listened',
      'feedback.easy',
      'Hài lòng chung',
      'Có góp ý, phản ánh',
      'Mong muốn',
      'Lĩnh vực',
      'Giới tính',
    ])
    // The flagged response is left out by default.
    expect(rows).toHaveLength(8)
    const kiosk = rows.find((r) => r[2] === 'kiosk')!
    expect(kiosk.slice(2, 11)).toEqual(['kiosk', '2026-03-02 10:00', 'không', 'không', '', '5', '', '', '5'])
    expect(kiosk[14]).toBe('male')
    // Two women at the unit: fewer than 5, so the answer is blanked.
    expect(rows.filter((r) => r[2] === 'qr').map((r) => r[14])).toEqual(['', ''])
    expect(text).not.toContain('nhiệt tình')
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)

    const withComments = await csvRows(await download(t, `/campaigns/${fixture.campaignId}/responses.csv?includeComments=true&includeFlagged=true`, admin))
    expect(withComments[0]!.at(-1)).toBe('Ý kiến khác')
    expect(withComments).toHaveLength(1 + 9)
    expect(withComments.filter((r) => r.at(-1) === 'Cán bộ nhiệt tình, "chu đáo"')).toHaveLength(6)
    const verified = await csvRows(await download(t, `/campaigns/${fixture.campaignId}/responses.csv?verifiedOnly=true`, admin))
    expect(verified).toHaveLength(1 + 2)
    const bad = await t.request(`/api/v1/campaigns/${fixture.campaignId}/responses.csv?includeComments=maybe`, { headers: admin.headers })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.error.fields)).toEqual(['includeComments'])
  })

  it('neutralises formulas in comments and agency names of both CSV exports', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const hostileName = `=HYPERLINK("http://evil.example","Sở ${fixture.agencyId}")`
    await t.ctx.db.updateTable('agencies').set({ name: hostileName }).where('id', '=', fixture.agencyId).execute()
    const comments = ['=1+2', '+SUM(A1:A9)', '-2+3', '@cmd', '\t=1', '\r=1']
    await insertResponses(
      t.ctx.db,
      fixture,
      comments.map((comment) => ({ answers: { 'staff.polite': 5 }, comment })),
    )
    for (const path of [`/campaigns/${fixture.campaignId}/responses.csv?includeComments=true`, `/campaigns/${fixture.campaignId}/export.csv`]) {
      const rows = (await csvRows(await download(t, path, admin))).slice(1)
      const cells = rows.flat()
      expect(cells).toContain(`'${hostileName}`)
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
      if (path.includes('responses')) expect(rows.map((r) => r.at(-1)).sort()).toEqual(comments.map((c) => `'${c}`).sort())
    }
  })

  it('names responses by ids opaque per export, in an order that is not the order of answers', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    await insertResponses(
      t.ctx.db,
      fixture,
      Array.from({ length: 30 }, (_, i) => ({ answers: { 'staff.polite': 4 }, comment: String(i).padStart(2, '0') })),
    )
    const stored = (await t.ctx.db.selectFrom('responses').select('id').where('campaign_id', '=', fixture.campaignId).execute()).map((r) => String(r.id))
    const path = `/campaigns/${fixture.campaignId}/responses.csv?includeComments=true`
    const first = (await csvRows(await download(t, path, admin))).slice(1)
    const second = (await csvRows(await download(t, path, admin))).slice(1)
    const ids = first.map((r) => r[0]!)
    expect(ids.every((id) => /^[0-9a-f]{16}$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(30)
    expect(ids.filter((id) => stored.includes(id))).toEqual([])
    expect(second.map((r) => r[0]).filter((id) => ids.includes(id!))).toEqual([])
    const order = first.map((r) => r.at(-1))
    expect(order).not.toEqual([...order].sort())
  })

  it('offers Vietnamese labels by default, machine codes on request, a semicolon variant, and distinct file names', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    await insertResponses(
      t.ctx.db,
      fixture,
      times(5, { answers: { 'staff.polite': 4 }, channel: 'qr', expectations: ['faster'], demographics: { gender: 'female' }, serviceField: 'land' }),
    )
    const base = `/campaigns/${fixture.campaignId}/responses.csv`
    const people = await download(t, base, admin)
    const [header, row] = await csvRows(people)
    expect(header!.slice(7, 10)).toEqual(['Lịch sự', 'Lắng nghe', 'Dễ góp ý'])
    expect(row![2]).toBe('Mã QR (điện thoại)')
    expect(row!.slice(12)).toEqual(['Nhanh hơn', 'Đất đai', 'Nữ'])
    const codes = await download(t, `${base}?labels=codes`, admin)
    const [, codeRow] = await csvRows(codes)
    expect([codeRow![2], ...codeRow!.slice(12)]).toEqual(['qr', 'faster', 'land', 'female'])
    const excel = await download(t, `${base}?dialect=semicolon`, admin)
    const excelText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await excel.arrayBuffer())
    expect(excelText.startsWith('\uFEFFMã phiếu;Cơ quan, đơn vị;Kênh;')).toBe(true)
    const names = [people, codes, excel].map((r) => r.headers.get('content-disposition'))
    expect(new Set(names).size).toBe(3)
    expect(names[0]).toMatch(/filename="phieu-an-danh-khao-sat-\d{4}-dot-\d+-nhan-tieng-viet\.csv"/)
    expect(names[1]).toContain('-ma-may.csv')
    expect(names[2]).toContain('-excel-vn.csv')
    const indices = await download(t, `/campaigns/${known.campaignId}/export.csv?dialect=semicolon`, admin)
    const polite = new TextDecoder()
      .decode(await indices.arrayBuffer())
      .split('\r\n')
      .find((l) => l.startsWith(`${known.agencyId};`) && l.includes('staff.polite'))
    expect(polite).toContain(';75;40;59,81;85,81;Đủ mẫu')
  })
})
