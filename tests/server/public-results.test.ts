import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../server/public-results/open-data'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { Publication } from '../../shared/publication/schemas'
import { formatFigure, formatInterval } from '../../shared/text/figure-format'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { csvRows } from '../helpers/csv'
import { databaseKinds } from '../helpers/databases'
import { insertResponses, times } from '../helpers/indices-responses'
import { createKnownCampaign, type KnownCampaign } from '../helpers/indices-setup'

describe.each(databaseKinds)('public results on %s', (kind) => {
  const t = useTestApp(kind)
  let known: KnownCampaign
  let tinyAgencyId: number
  let admin: LoggedInUser
  let viewer: LoggedInUser
  let manager: LoggedInUser
  let otherManager: LoggedInUser

  beforeAll(async () => {
    known = await createKnownCampaign(t.ctx.db)
    // a third unit with 3 respondents: below the k ≥ 5 rule, nothing of it is published
    const tiny = await t.ctx.db
      .insertInto('agencies')
      .values({ name: `UBND xã Rất nhỏ ${known.agencyId}`, code: `TINY-${known.agencyId}-${Date.now()}`, kind: 'commune', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    tinyAgencyId = tiny.id
    await t.ctx.db.insertInto('campaign_units').values({ campaign_id: known.campaignId, agency_id: tinyAgencyId }).execute()
    await insertResponses(t.ctx.db, { ...known, agencyId: tinyAgencyId }, times(3, { answers: { 'staff.polite': 2, 'staff.listened': 5 }, overall: 4 }))
    // three feedback cases of the known unit: one answered on time, one late, one still open
    const responses = await t.ctx.db.selectFrom('responses').select('id').where('agency_id', '=', known.agencyId).orderBy('id').limit(3).execute()
    const opened = new Date('2026-03-02T03:00:00Z')
    await t.ctx.db
      .insertInto('feedback_cases')
      .values(
        responses.map((r, i) => ({
          response_id: r.id,
          campaign_id: known.campaignId,
          agency_id: known.agencyId,
          code: `PUBCASE${i}`,
          requested: true,
          dissatisfied: false,
          opened_at: opened,
          due_on: '2026-03-16',
          answered_at: [new Date('2026-03-10T03:00:00Z'), new Date('2026-03-30T03:00:00Z'), null][i]!,
        })),
      )
      .execute()
    admin = await createUserAndLogin(t, 'admin')
    viewer = await createUserAndLogin(t, 'viewer')
    manager = await createUserAndLogin(t, 'unit_manager', known.agencyId)
    otherManager = await createUserAndLogin(t, 'unit_manager', known.otherAgencyId)
  })

  const publish = (user: LoggedInUser) => t.request(`/api/v1/campaigns/${known.campaignId}/publication`, { method: 'POST', headers: user.headers })
  const withdraw = (user: LoggedInUser) => t.request(`/api/v1/campaigns/${known.campaignId}/publication`, { method: 'DELETE', headers: user.headers })
  const close = () => t.ctx.db.updateTable('campaigns').set({ status: 'closed', updated_at: new Date() }).where('id', '=', known.campaignId).execute()
  const publicUrls = () => [
    `/ket-qua/${known.campaignId}`,
    `/ket-qua/${known.campaignId}/don-vi/${known.agencyId}`,
    `/ket-qua/${known.campaignId}/data.json`,
    `/ket-qua/${known.campaignId}/data.csv`,
    `/ket-qua/${known.campaignId}/README.txt`,
  ]
  const auditActions = async () =>
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'entity', 'user_id'])
        .where('entity', 'in', ['campaign_results', 'unit_result_note'])
        .orderBy('id')
        .execute()
    ).map((r) => `${r.action} ${r.entity} ${r.user_id}`)

  it('shows nothing of an unpublished campaign: its page and data URLs are 404 and the list does not name it', async () => {
    for (const url of publicUrls()) expect((await t.request(url)).status, url).toBe(404)
    const list = await t.request('/ket-qua')
    expect(list.status).toBe(200)
    expect(list.body).not.toContain(`/ket-qua/${known.campaignId}`)
  })

  it('refuses to publish an open campaign, naming the status field; only admins publish', async () => {
    const open = await publish(admin)
    expect(open.status).toBe(409)
    expect(open.body.error.fields).toEqual({ status: 'must be closed to publish' })
    await close()
    for (const user of [viewer, manager]) expect((await publish(user)).status).toBe(403)
    expect((await t.request(`/api/v1/campaigns/${known.campaignId}/publication`, { method: 'POST' })).status).toBe(401)
    for (const url of publicUrls()) expect((await t.request(url)).status, url).toBe(404)
    expect(await auditActions()).toEqual([])
  })

  it('publishes: the JSON gives the admin results to the last digit, units under 5 respondents without any figure', async () => {
    const res = await publish(admin)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ campaignId: known.campaignId, published: true, version: 1 } satisfies Partial<Publication>)
    expect((await t.request(`/api/v1/campaigns/${known.campaignId}/publication`, { headers: viewer.headers })).body).toMatchObject({ published: true })

    const admins = (await t.request(`/api/v1/campaigns/${known.campaignId}/indices`, { headers: admin.headers })).body as CampaignIndices
    const data = await t.request(`/ket-qua/${known.campaignId}/data.json`)
    expect(data.status).toBe(200)
    expect(data.headers.get('content-type')).toContain('application/json')
    expect(data.body).toMatchObject({
      format: 'hai-long/published-results',
      licence: { id: 'CC-BY-4.0' },
      method: { minReliableN: 30, minPublishedRespondents: 5 },
    })
    expect(data.body.method.summary).toContain('4 or 5')
    expect(data.body.units).toHaveLength(3)
    for (const unit of admins.units.filter((u) => u.agencyId !== tinyAgencyId)) {
      const published = data.body.units.find((u: { agencyId: number }) => u.agencyId === unit.agencyId)
      const { value, n, ciLow, ciHigh, indicative } = unit.sipas
      expect(published.index).toEqual({ value, n, ciLow, ciHigh, indicative })
      expect(published.respondents).toBe(unit.n)
      expect(published.rank).toBe(unit.rank)
      expect(published.elements.map(({ label: _l, ...e }: { label: unknown }) => e)).toEqual(unit.elements)
      expect(published.criteria.map(({ label: _l, sum: _s, ...c }: { label: unknown; sum: unknown }) => c)).toEqual(unit.criteria)
    }
    // the known unit's 40 polite answers, 30 of them satisfied
    const knownUnit = data.body.units.find((u: { agencyId: number }) => u.agencyId === known.agencyId)
    expect(knownUnit.criteria.find((c: { key: string }) => c.key === 'staff.polite')).toMatchObject({ n: 40, sum: 30, label: { vi: 'Lịch sự' } })
    const tiny = data.body.units.find((u: { agencyId: number }) => u.agencyId === tinyAgencyId)
    expect(tiny).toMatchObject({ hidden: true, respondents: null, index: null, elements: [], criteria: [] })
    expect(admins.units.find((u) => u.agencyId === tinyAgencyId)!.n).toBe(3)
  })

  it('shows the page with the admin’s figures as the admin formats them, intervals and the indicative mark, no script', async () => {
    const admins = (await t.request(`/api/v1/campaigns/${known.campaignId}/indices`, { headers: admin.headers })).body as CampaignIndices
    const page = await t.request(`/ket-qua/${known.campaignId}`)
    expect(page.status).toBe(200)
    const body = page.body as string
    for (const unit of admins.units.filter((u) => u.agencyId !== tinyAgencyId)) {
      expect(body).toContain(unit.name)
      expect(body).toContain(formatFigure(unit.sipas.value, 'percent', 'vi'))
      expect(body).toContain(formatInterval(unit.sipas, 'percent', 'vi'))
    }
    expect(body).toContain('tham khảo')
    expect(body).toContain('Dưới 5 người trả lời')
    expect(body).not.toContain('<script')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'")
    const english = await t.request(`/ket-qua/${known.campaignId}?lang=en`)
    expect(english.body).toContain('<html lang="en">')
    expect(english.body).toContain(formatFigure(admins.units[0]!.sipas.value, 'percent', 'en'))
    const list = await t.request('/ket-qua')
    expect(list.body).toContain(`href="/ket-qua/${known.campaignId}"`)
  })

  it('says how many of the unit’s feedback cases were answered, and on time', async () => {
    const page = (await t.request(`/ket-qua/${known.campaignId}/don-vi/${known.agencyId}`)).body as string
    expect(page).toContain('3 ý kiến cần trả lời; 2 đã được trả lời, 1 trong thời hạn.')
    const json = (await t.request(`/ket-qua/${known.campaignId}/data.json`)).body
    expect(json.units.find((u: { agencyId: number }) => u.agencyId === known.agencyId).complaints).toEqual({ opened: 3, answered: 2, answeredOnTime: 1 })
    expect(json.units.find((u: { agencyId: number }) => u.agencyId === tinyAgencyId).complaints).toBeNull()
  })

  it('serves the CSV with a BOM, one row per figure, a semicolon variant for Excel and a README with the licence', async () => {
    const res = await t.app.request(`/ket-qua/${known.campaignId}/data.csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const [header, ...rows] = await csvRows(res)
    expect(header).toEqual([...CSV_COLUMNS])
    expect(header!.slice(7, 11)).toEqual(['value', 'ci_low', 'ci_high', 'n'])
    const json = (await t.request(`/ket-qua/${known.campaignId}/data.json`)).body
    const expected = json.units.reduce((sum: number, u: { elements: unknown[]; criteria: unknown[] }) => sum + 1 + u.elements.length + u.criteria.length, 0)
    expect(rows).toHaveLength(expected)
    const knownIndex = rows.find((r) => r[1] === String(known.agencyId) && r[3] === 'unit')!
    const knownJson = json.units.find((u: { agencyId: number }) => u.agencyId === known.agencyId)
    expect(Number(knownIndex[7])).toBe(knownJson.index.value)
    expect(Number(knownIndex[8])).toBe(knownJson.index.ciLow)
    expect(rows.find((r) => r[1] === String(tinyAgencyId))).toEqual([
      String(known.campaignId),
      String(tinyAgencyId),
      expect.any(String),
      'unit',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'true',
    ])
    const excelRows = await csvRows(await t.app.request(`/ket-qua/${known.campaignId}/data.csv?dialect=semicolon`), ';')
    expect(excelRows[0]).toEqual(header)
    expect(excelRows.find((r) => r[1] === String(known.agencyId) && r[3] === 'unit')![7]).toBe(String(knownJson.index.value).replace('.', ','))
    const readme = await t.request(`/ket-qua/${known.campaignId}/README.txt`)
    expect(readme.body).toContain('CC-BY-4.0')
    expect(readme.body).toContain('hidden')
  })

  it('answers a repeated read with 304 from its ETag, caches for a minute and sends the gzipped copy it keeps', async () => {
    const first = await t.request(`/ket-qua/${known.campaignId}`)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    const again = await t.request(`/ket-qua/${known.campaignId}`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const zipped = await t.app.request(`/ket-qua/${known.campaignId}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(first.body)
  })

  it('lets the unit’s manager and admins write the poster note, audited; others are refused', async () => {
    const url = `/api/v1/campaigns/${known.campaignId}/units/${known.agencyId}/result-note`
    expect((await t.request(url, { method: 'PUT', body: { text: 'Thêm ghế chờ' }, headers: otherManager.headers })).status).toBe(403)
    expect((await t.request(url, { method: 'PUT', body: { text: 'Thêm ghế chờ' }, headers: viewer.headers })).status).toBe(403)
    const tooLong = await t.request(url, { method: 'PUT', body: { text: 'x'.repeat(601) }, headers: manager.headers })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.error.fields).toHaveProperty('text')
    const saved = await t.request(url, { method: 'PUT', body: { text: 'Tập huấn lại cách tiếp đón; =HYPERLINK("x")' }, headers: manager.headers })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ text: 'Tập huấn lại cách tiếp đón; =HYPERLINK("x")' })
    expect((await t.request(url, { method: 'PUT', body: { text: 'Bố trí thêm một quầy vào buổi sáng' }, headers: admin.headers })).status).toBe(200)
    expect((await t.request(url, { headers: viewer.headers })).body.text).toBe('Bố trí thêm một quầy vào buổi sáng')
    const unitPage = await t.request(`/ket-qua/${known.campaignId}/don-vi/${known.agencyId}`)
    expect(unitPage.body).toContain('Bố trí thêm một quầy vào buổi sáng')
    const audited = await t.ctx.db.selectFrom('audit_log').select(['user_id', 'details']).where('entity', '=', 'unit_result_note').orderBy('id').execute()
    expect(audited.map((a) => a.user_id)).toEqual([manager.id, admin.id])
  })

  it('prints the results poster for the unit’s staff once published, with the figures and the note', async () => {
    const url = `/posters/results/${known.campaignId}/${known.agencyId}`
    expect((await t.request(url, { headers: otherManager.headers })).status).toBe(403)
    expect((await t.request(url, { headers: viewer.headers })).status).toBe(403)
    const poster = await t.request(url, { headers: manager.headers })
    expect(poster.status).toBe(200)
    const json = (await t.request(`/ket-qua/${known.campaignId}/data.json`)).body
    const overall = json.units.find((u: { agencyId: number }) => u.agencyId === known.agencyId).overall.value
    expect(poster.body).toContain(`${Math.round(overall)}% người dân hài lòng`)
    expect(poster.body).toContain('Bố trí thêm một quầy vào buổi sáng')
    expect(poster.body).toContain('Lịch sự')
  })

  it('withdraws: the page and data are 404 again, the poster refused; publish and withdraw are audited', async () => {
    const res = await withdraw(admin)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ published: false, version: 2 })
    for (const url of publicUrls()) expect((await t.request(url)).status, url).toBe(404)
    const poster = await t.request(`/posters/results/${known.campaignId}/${known.agencyId}`, { headers: manager.headers })
    expect(poster.status).toBe(409)
    expect(poster.body.error.fields).toHaveProperty('publication')
    expect((await withdraw(viewer)).status).toBe(403)
    expect(await auditActions()).toEqual([
      `publish campaign_results ${admin.id}`,
      `update unit_result_note ${manager.id}`,
      `update unit_result_note ${admin.id}`,
      `withdraw campaign_results ${admin.id}`,
    ])
  })

  it('hides a published campaign that is reopened, and shows a unit’s history across published campaigns of the same kind', async () => {
    expect((await publish(admin)).body).toMatchObject({ published: true, version: 3 })
    expect((await t.request(`/ket-qua/${known.campaignId}`)).status).toBe(200)
    const reopen = await t.request(`/api/v1/campaigns/${known.campaignId}`, { method: 'PATCH', body: { status: 'open' }, headers: admin.headers })
    expect(reopen.status).toBe(200)
    expect((await t.request(`/ket-qua/${known.campaignId}`)).status).toBe(404)
    await close()

    const year = new Date().getUTCFullYear()
    const later = await t.ctx.db
      .insertInto('campaigns')
      .values({
        name: `Khảo sát năm sau ${year + 1}`,
        year: year + 1,
        starts_on: `${year + 1}-01-01`,
        ends_on: `${year + 1}-06-30`,
        questionnaire_id: known.questionnaireId,
        status: 'closed',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.ctx.db.insertInto('campaign_units').values({ campaign_id: later.id, agency_id: known.agencyId }).execute()
    await insertResponses(t.ctx.db, { ...known, campaignId: later.id }, times(6, { answers: { 'staff.polite': 5, 'staff.listened': 5 }, overall: 5 }))
    expect((await t.request(`/api/v1/campaigns/${later.id}/publication`, { method: 'POST', headers: admin.headers })).status).toBe(200)
    const page = await t.request(`/ket-qua/${later.id}/don-vi/${known.agencyId}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('Qua các năm')
    expect(page.body).toContain(`href="/ket-qua/${known.campaignId}/don-vi/${known.agencyId}"`)
    expect(page.body).toContain(formatFigure(100, 'percent', 'vi'))
  })
})
