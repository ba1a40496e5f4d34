import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Breakdowns, CampaignIndices } from '../../shared/indices/schemas'
import { RESPONSE_CHANNELS, type ResponseChannel } from '../../shared/responses/channels'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'
import { insertResponses, type TestResponse, times } from '../helpers/indices-responses'

const answers = (polite: number, listened: number) => ({ 'staff.polite': polite, 'staff.listened': listened })

/**
 * One unit answering through all four channels: the kiosk 40 (every answer 5), QR 36 (half
 * satisfied), interviews 32 (a quarter of answers satisfied), paper 6 (all satisfied, too few to compare).
 */
const dataset: Record<ResponseChannel, TestResponse[]> = {
  kiosk: times(40, { answers: answers(5, 5), overall: 5, channel: 'kiosk' }),
  qr: [...times(18, { answers: answers(4, 4), overall: 4, channel: 'qr' }), ...times(18, { answers: answers(2, 2), overall: 2, channel: 'qr' })],
  interview: [
    ...times(8, { answers: answers(5, 4), overall: 4, channel: 'interview' }),
    ...times(24, { answers: answers(1, 3), overall: 3, channel: 'interview' }),
  ],
  paper: times(6, { answers: answers(4, 5), overall: 5, channel: 'paper', verified: true }),
}
const counts = Object.fromEntries(RESPONSE_CHANNELS.map((c) => [c, dataset[c].length])) as Record<ResponseChannel, number>

describe.each(databaseKinds)('results by channel on %s', (kind) => {
  const t = useTestApp(kind)
  let fixture: SurveyFixture
  let admin: LoggedInUser

  beforeAll(async () => {
    fixture = await createSurveyFixture(t.ctx.db)
    await insertResponses(
      t.ctx.db,
      fixture,
      RESPONSE_CHANNELS.flatMap((c) => dataset[c]),
    )
    admin = await createUserAndLogin(t, 'admin')
    const targets = await t.request(`/api/v1/campaigns/${fixture.campaignId}/targets`, {
      method: 'PUT',
      headers: admin.headers,
      body: { units: [{ agencyId: fixture.agencyId, transactions: 150 }] },
    })
    expect(targets.status).toBe(200)
  })

  const indices = async (query = '') => {
    const res = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices${query}`, { headers: admin.headers })
    expect(res.status).toBe(200)
    return (res.body as CampaignIndices).units[0]!
  }

  it.each(RESPONSE_CHANNELS)('filters the indices to the %s channel', async (channel) => {
    const unit = await indices(`?channel=${channel}`)
    expect(unit.n).toBe(counts[channel])
    expect(unit.channels!.map((c) => [c.channel, c.n])).toEqual(RESPONSE_CHANNELS.map((c) => [c, c === channel ? counts[c] : 0]))
  })

  it('gives each unit its answers per channel, each channel’s index, and the kiosk beside the reliable channels with an interval', async () => {
    const unit = await indices()
    expect(unit.n).toBe(114)
    expect(Object.fromEntries(unit.channels!.map((c) => [c.channel, c.n]))).toEqual(counts)
    const byChannel = Object.fromEntries(unit.channels!.map((c) => [c.channel, c.sipas?.value ?? null]))
    expect(byChannel).toEqual({ kiosk: 100, qr: 50, interview: 25, paper: 100 })
    // Each channel's index equals the index filtered to that channel.
    for (const channel of RESPONSE_CHANNELS)
      expect((await indices(`?channel=${channel}`)).sipas).toEqual(unit.channels!.find((c) => c.channel === channel)!.sipas)
    // Paper has 6 answers: no comparison.
    expect(unit.kioskGaps!.map((g) => g.channel)).toEqual(['qr', 'interview'])
    const qr = unit.kioskGaps!.find((g) => g.channel === 'qr')!
    expect(qr.gap).toBeCloseTo(50, 10)
    expect(qr.ciLow).toBeGreaterThan(0)
    expect(qr.ciLow).toBeLessThan(50)
    expect(qr.ciHigh).toBeGreaterThan(50)
    expect(unit.kioskGaps!.find((g) => g.channel === 'interview')!.gap).toBeCloseTo(75, 10)
  })

  it('shows target progress per channel: the unit’s target from N and its answers per channel', async () => {
    const unit = await indices()
    // N = 150, e = 5 %: ⌈150 / 1.375⌉ = 110; 114 answers reach it, the kiosk alone does not.
    expect(unit).toMatchObject({ transactions: 150, target: 110, targetReached: true })
    expect(await indices('?channel=kiosk')).toMatchObject({ n: 40, target: 110, targetReached: false })
  })

  it.each(RESPONSE_CHANNELS)('breaks down by channel and filters breakdowns to %s', async (channel) => {
    const all = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices/breakdowns?by=channel`, { headers: admin.headers })
    expect((all.body as Breakdowns).cells.map((c) => [c.group, c.n])).toEqual(RESPONSE_CHANNELS.map((c) => [c, counts[c]]))
    const one = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices/breakdowns?by=channel&channel=${channel}`, { headers: admin.headers })
    const cells = (one.body as Breakdowns).cells
    expect(cells.find((c) => c.group === channel)!.n).toBe(counts[channel])
    expect(cells.filter((c) => c.group !== channel).every((c) => c.hidden)).toBe(true)
  })

  it.each(RESPONSE_CHANNELS)('filters the exports to %s and the method sheet names it', async (channel) => {
    const json = await t.request(`/api/v1/campaigns/${fixture.campaignId}/export.json?channel=${channel}`, { headers: admin.headers })
    expect(json.status).toBe(200)
    expect(json.body.filters.channel).toBe(channel)
    expect(json.body.units[0].n).toBe(counts[channel])
    const raw = await t.request(`/api/v1/campaigns/${fixture.campaignId}/responses.csv?channel=${channel}`, { headers: admin.headers })
    expect(raw.status).toBe(200)
    expect((raw.body as string).trim().split('\n').length - 1).toBe(counts[channel])
    const xlsx = await t.app.request(`/api/v1/campaigns/${fixture.campaignId}/export.xlsx?channel=${channel}`, { headers: admin.headers })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    const method = workbook.getWorksheet('Phương pháp')!.getSheetValues().flat().join(' ')
    const phrase = { kiosk: 'máy tính bảng tại quầy', qr: 'mã QR (điện thoại)', interview: 'phỏng vấn trực tiếp', paper: 'phiếu giấy' }[channel]
    expect(method).toContain(`Chỉ kênh: ${phrase}.`)
    expect(method).toContain(`Kênh có trong số liệu ${phrase}.`)
  })

  it('lists every channel included, the answers per channel against the target and the kiosk gaps in the method sheet', async () => {
    const xlsx = await t.app.request(`/api/v1/campaigns/${fixture.campaignId}/export.xlsx`, { headers: admin.headers })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    const method = workbook.getWorksheet('Phương pháp')!.getSheetValues().flat().join(' ')
    expect(method).toContain('Mọi kênh (máy tính bảng tại quầy, mã QR, phỏng vấn trực tiếp và phiếu giấy).')
    expect(method).toContain('máy tính bảng tại quầy 40, mã QR (điện thoại) 36, phỏng vấn trực tiếp 32, phiếu giấy 6 — 114/110 phiếu mục tiêu (đạt).')
    expect(method).toContain('máy tính bảng 100, mã QR (điện thoại) 50; chênh lệch 50 (KTC 95%:')
  })

  it('refuses an unknown channel, naming the field', async () => {
    const res = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices?channel=fax`, { headers: admin.headers })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields)).toEqual(['channel'])
  })
})
