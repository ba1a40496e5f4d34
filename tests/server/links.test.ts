import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ErrorBody } from '../../shared/http/errors'
import { sipas2017 } from '../../shared/questionnaires/templates'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

const PUBLIC_URL = 'https://hailong.sonla.example.vn'

describe.each(databaseKinds)('survey links on %s', (kind) => {
  const t = useTestApp(kind, { publicUrl: PUBLIC_URL })

  it('creates unguessable kiosk and QR links whose URLs say nothing about the unit', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const kiosk = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/links`, {
      body: { channel: 'kiosk', label: 'Máy tính bảng quầy 1' },
      headers: admin.headers,
    })
    expect(kiosk.status).toBe(201)
    expect(kiosk.body.code).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(kiosk.body.url).toBe(`${PUBLIC_URL}/k/${kiosk.body.code}`)
    expect(kiosk.body.label).toBe('Máy tính bảng quầy 1')
    const qr = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/links`, {
      body: { channel: 'qr', label: 'Áp phích' },
      headers: admin.headers,
    })
    expect(qr.body.url).toBe(`${PUBLIC_URL}/s/${qr.body.code}`)
    expect(qr.body.code).not.toBe(kiosk.body.code)

    const list = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/links`, { headers: admin.headers })
    expect(list.body.map((l: { code: string }) => l.code)).toEqual([qr.body.code, kiosk.body.code])
  })

  it('refuses bad link payloads with field errors', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const res = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/links`, { body: { channel: 'fax', label: '' }, headers: admin.headers })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['channel', 'label'])
    const notAUnit = await createSurveyFixture(t.ctx.db)
    const outside = await t.request(`/api/v1/campaigns/${campaignId}/units/${notAUnit.agencyId}/links`, {
      body: { channel: 'qr', label: 'x' },
      headers: admin.headers,
    })
    expect(outside.status).toBe(404)
  })

  it('lets a unit manager manage links of their own unit only; viewers and strangers none', async () => {
    const own = await createSurveyFixture(t.ctx.db)
    const other = await createSurveyFixture(t.ctx.db)
    const manager = await createUserAndLogin(t, 'unit_manager', own.agencyId)
    const viewer = await createUserAndLogin(t, 'viewer')
    const path = (f: typeof own) => `/api/v1/campaigns/${f.campaignId}/units/${f.agencyId}/links`
    expect((await t.request(path(own), { body: { channel: 'qr', label: 'Quầy' }, headers: manager.headers })).status).toBe(201)
    expect((await t.request(path(other), { body: { channel: 'qr', label: 'Quầy' }, headers: manager.headers })).status).toBe(403)
    expect((await t.request(path(other), { headers: manager.headers })).status).toBe(403)
    expect((await t.request(path(own), { body: { channel: 'qr', label: 'Quầy' }, headers: viewer.headers })).status).toBe(403)
    expect((await t.request(path(own), { body: { channel: 'qr', label: 'Quầy' } })).status).toBe(401)
    const admin = await createUserAndLogin(t, 'admin')
    const otherCode = await createLinkCode(t, admin, other.campaignId, other.agencyId, 'qr')
    expect((await t.request(`/api/v1/links/${otherCode}/revoke`, { method: 'POST', headers: manager.headers })).status).toBe(403)
    expect((await t.request(`/api/v1/links/${otherCode}/qr.svg`, { headers: manager.headers })).status).toBe(403)
  })

  it('revokes a link and records who did it', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'kiosk')
    const res = await t.request(`/api/v1/links/${code}/revoke`, { method: 'POST', headers: admin.headers })
    expect(res.body.revoked).toBe(true)
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'survey_link').where('action', '=', 'revoke').execute()
    expect(audit.some((a) => a.user_id === admin.id)).toBe(true)
  })

  it('serves the public survey localized, without login', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'kiosk')
    const vi = await t.request(`/api/v1/public/surveys/${code}`)
    expect(vi.status).toBe(200)
    expect(vi.body).toMatchObject({ code, channel: 'kiosk', lang: 'vi', idleResetSeconds: 60, campaign: { id: campaignId }, unit: { id: agencyId } })
    expect(vi.body.questionnaire.elements[0]).toMatchObject({ key: 'staff', label: 'Công chức' })
    expect(vi.body.questionnaire.elements[0].criteria[0]).toEqual({ key: 'staff.polite', label: 'Lịch sự' })
    const en = await t.request(`/api/v1/public/surveys/${code}?lang=en`)
    expect(en.body.questionnaire.elements[0].label).toBe('Civil servants')
    expect((await t.request('/api/v1/public/surveys/doesnotexist')).status).toBe(404)
  })

  it('tells a link of a campaign not started yet its start day, and lets staff preview it without taking answers', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const next = new Date().getUTCFullYear() + 1
    await t.ctx.db
      .updateTable('campaigns')
      .set({ year: next, starts_on: `${next}-03-01`, ends_on: `${next}-12-31` })
      .where('id', '=', campaignId)
      .execute()
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'kiosk')

    const early = await t.request(`/api/v1/public/surveys/${code}`)
    expect(early.status).toBe(410)
    expect(early.body.error).toMatchObject({ code: 'survey_not_started', fields: { startsOn: `${next}-03-01` } })

    const preview = await t.request(`/api/v1/public/surveys/${code}?preview=1&lang=en`)
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ code, preview: true, lang: 'en', campaign: { startsOn: `${next}-03-01` } })
    expect((await t.request(`/api/v1/public/surveys/${code}?preview=2`)).status).toBe(400)

    const answer = await t.request(`/api/v1/public/surveys/${code}/responses`, {
      method: 'POST',
      body: { clientId: '0b7f4a8e-3c1d-4e5f-9a6b-7c8d9e0f1a2b', answers: {} },
    })
    expect(answer.status).toBe(410)
    expect(await t.ctx.db.selectFrom('responses').select('id').where('campaign_id', '=', campaignId).execute()).toEqual([])
  })

  it('draws a QR code that a real decoder reads as the survey URL, and a printable poster', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'qr')
    const png = await t.app.request(`/api/v1/links/${code}/qr.png`, { headers: admin.headers })
    expect(png.headers.get('content-type')).toBe('image/png')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-')), 'qr.png')
    fs.writeFileSync(file, Buffer.from(await png.arrayBuffer()))
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim()
    expect(decoded).toBe(`${PUBLIC_URL}/s/${code}`)

    const svg = await t.request(`/api/v1/links/${code}/qr.svg`, { headers: admin.headers })
    expect(svg.headers.get('content-type')).toContain('image/svg+xml')
    expect(svg.body).toContain('<svg')

    const poster = await t.request(`/posters/${code}?size=a5`, { headers: admin.headers })
    expect(poster.status).toBe(200)
    expect(poster.body).toContain('Quét mã để đánh giá sự hài lòng — chưa đến 1 phút') // the small fixture questionnaire
    expect(poster.body).toContain(`${PUBLIC_URL}/s/${code}`)
    expect(poster.body).toContain('size: A5 portrait')
    expect(poster.body).toMatch(/Sở Thử nghiệm \d+/)
    expect((await t.request(`/posters/${code}`)).status).toBe(401)
  })

  it("states on the poster how long the link's questionnaire takes", async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db, { definition: sipas2017.definition })
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'qr')
    const poster = await t.request(`/posters/${code}?lang=en`, { headers: admin.headers })
    expect(poster.body).toContain('Scan the code to rate our service — about 3 minutes')
  })

  it('prints a sheet of single-use receipt slips whose QR codes carry the receipt', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'qr')
    const form = (count: string) => ({
      method: 'POST',
      headers: { ...admin.headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `count=${count}`,
    })
    const sheet = await t.app.request(`/posters/${code}/receipts`, form('4'))
    expect(sheet.status).toBe(200)
    const page = await sheet.text()
    expect(page.match(/class="slip"/g)).toHaveLength(4)
    expect(page).toContain('Mã chỉ dùng một lần')
    const receipt = page.match(/class="code">([0-9A-Z-]{14})</)![1]!
    const stored = await t.ctx.db.selectFrom('receipt_codes').select(['code_hash', 'spent']).where('campaign_id', '=', campaignId).execute()
    expect(stored).toHaveLength(4)
    expect(JSON.stringify(stored)).not.toContain(receipt)
    const tooMany = await t.app.request(`/posters/${code}/receipts`, form('5000'))
    expect(tooMany.status).toBe(400)
    expect(((await tooMany.json()) as ErrorBody).error.fields).toHaveProperty('count')
  })
})
