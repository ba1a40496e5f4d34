import { beforeAll, describe, expect, it } from 'vitest'
import type { CampaignIndices, UnitIndices } from '../../shared/indices/schemas'
import { onestop2018 } from '../../shared/questionnaires/templates'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'
import { knownExpected } from '../helpers/indices-dataset'
import { insertResponses, times } from '../helpers/indices-responses'
import { type KnownCampaign, knownCampaignWithAdmin } from '../helpers/indices-setup'

describe.each(databaseKinds)('indices API on %s', (kind) => {
  const t = useTestApp(kind)
  let known: KnownCampaign
  let admin: LoggedInUser

  beforeAll(async () => {
    ;({ known, admin } = await knownCampaignWithAdmin(t))
  })

  const indices = async (query = '', user = admin) => {
    const res = await t.request(`/api/v1/campaigns/${known.campaignId}/indices${query}`, { headers: user.headers })
    expect(res.status).toBe(200)
    return res.body as CampaignIndices
  }
  const unitOf = (body: CampaignIndices, agencyId = known.agencyId) => body.units.find((u) => u.agencyId === agencyId)!
  const byKey = (list: { key: string; value: number | null }[]) => Object.fromEntries(list.map((x) => [x.key, x.value]))

  function expectKnownFigures(unit: UnitIndices) {
    expect(unit.n).toBe(knownExpected.respondents)
    for (const [key, expected] of Object.entries(knownExpected.criteria)) {
      expect(unit.criteria.find((c) => c.key === key)).toMatchObject({ value: expected.value, n: expected.n })
    }
    const polite = unit.criteria.find((c) => c.key === 'staff.polite')!
    expect(polite.ciLow).toBeCloseTo(knownExpected.criteria['staff.polite'].ciLow, 2)
    expect(polite.ciHigh).toBeCloseTo(knownExpected.criteria['staff.polite'].ciHigh, 2)
    const staff = unit.elements.find((e) => e.key === 'staff')!
    expect(staff.value).toBeCloseTo(70, 10)
    expect(staff.ciLow).toBeCloseTo(knownExpected.elements.staff.ciLow, 8)
    expect(unit.sipas.value).toBeCloseTo(knownExpected.sipas.value, 10)
    expect(unit.sipas.n).toBe(knownExpected.sipas.n)
    expect(unit.sipas.ciLow).toBeCloseTo(knownExpected.sipas.ciLow, 8)
    expect(unit.sipas.ciHigh).toBeCloseTo(knownExpected.sipas.ciHigh, 8)
    expect(unit.overall.value).toBeCloseTo(knownExpected.overall.value, 10)
    expect(Object.fromEntries(unit.expectations.map((e) => [e.key, e.share]))).toEqual(knownExpected.expectations)
  }

  it('ranks only units with enough answers: the 9-answer unit, with every answer satisfied, gets no place', async () => {
    const body = await indices()
    const small = unitOf(body, known.otherAgencyId)
    expect(small.sipas).toMatchObject({ value: 100, indicative: true })
    expect(small.rank).toBeNull()
    expect(unitOf(body).rank).toBe(1)
  })

  it('gives each unit the hand-calculated figures, leaving flagged responses out but counting them', async () => {
    const body = await indices()
    expect(body.scoring).toBe('share45')
    expect(body.unit).toBe('percent')
    expect(body.filters).toEqual({ includeFlagged: false, verifiedOnly: false, channel: null, from: null, to: null })
    expect(body.units.map((u) => u.agencyId).sort()).toEqual([known.agencyId, known.otherAgencyId].sort())
    const unit = unitOf(body)
    expectKnownFigures(unit)
    expect(unit.flagged).toBe(5)
    expect(unitOf(body, known.otherAgencyId)).toMatchObject({ n: 9, sipas: { value: 100, n: 9, indicative: true } })
  })

  it('includes flagged responses on request', async () => {
    const unit = unitOf(await indices('?includeFlagged=true'))
    expect(unit.n).toBe(49)
    // polite: 30 satisfied of 40 + 5 flagged answers of 1
    expect(byKey(unit.criteria)['staff.polite']).toBeCloseTo((30 / 45) * 100, 10)
  })

  it('filters by channel, verification and dates, the daily grain giving the same figures', async () => {
    const qr = unitOf(await indices('?channel=qr'))
    // group A's 18 men answered by QR: polite 5, listened 4
    expect(qr.n).toBe(18)
    expect(byKey(qr.criteria)).toMatchObject({ 'staff.polite': 100, 'staff.listened': 100, 'feedback.easy': null })
    expect(qr.elementsWithoutData).toEqual(['feedback'])
    expect(unitOf(await indices('?verifiedOnly=true')).n).toBe(0)
    expectKnownFigures(unitOf(await indices('?from=2026-03-02&to=2026-03-02')))
    const later = unitOf(await indices('?from=2026-03-03&includeFlagged=1'))
    expect(later.n).toBe(5)
    expect(later.sipas.value).toBe(0)
    expect(unitOf(await indices(`?agencyId=${known.otherAgencyId}`), known.otherAgencyId).n).toBe(9)
  })

  it('refuses invalid filters with a 400 naming the field', async () => {
    const channel = await t.request(`/api/v1/campaigns/${known.campaignId}/indices?channel=sms`, { headers: admin.headers })
    expect(channel.status).toBe(400)
    expect(Object.keys(channel.body.error.fields)).toEqual(['channel'])
    const dates = await t.request(`/api/v1/campaigns/${known.campaignId}/indices?from=2026-03-05&to=2026-03-01`, { headers: admin.headers })
    expect(dates.status).toBe(400)
    expect(Object.keys(dates.body.error.fields)).toEqual(['to'])
    const notUnit = await t.request(`/api/v1/campaigns/${known.campaignId}/indices?agencyId=999999`, { headers: admin.headers })
    expect(notUnit.status).toBe(400)
    expect(Object.keys(notUnit.body.error.fields)).toEqual(['agencyId'])
    expect((await t.request('/api/v1/campaigns/999999/indices', { headers: admin.headers })).status).toBe(404)
    expect((await t.request(`/api/v1/campaigns/${known.campaignId}/indices`)).status).toBe(401)
  })

  it('shows a unit manager its own unit only, and refuses another unit’s figures with 403', async () => {
    const manager = await createUserAndLogin(t, 'unit_manager', known.otherAgencyId)
    const body = await indices('', manager)
    expect(body.units.map((u) => u.agencyId)).toEqual([known.otherAgencyId])
    const other = `?agencyId=${known.agencyId}`
    for (const path of [`indices${other}`, `indices/breakdowns?by=channel&agencyId=${known.agencyId}`, `indices/timeline${other}`]) {
      const res = await t.request(`/api/v1/campaigns/${known.campaignId}/${path}`, { headers: manager.headers })
      expect(res.status, path).toBe(403)
    }
    expect((await t.request(`/api/v1/agencies/${known.agencyId}/trend`, { headers: manager.headers })).status).toBe(403)
    const limitedViewer = await createUserAndLogin(t, 'viewer', known.agencyId)
    expect((await indices('', limitedViewer)).units.map((u) => u.agencyId)).toEqual([known.agencyId])
    const viewer = await createUserAndLogin(t, 'viewer')
    expect((await indices('', viewer)).units).toHaveLength(2)
  })

  it('breaks figures down by gender, hiding cells under 5 respondents', async () => {
    const res = await t.request(`/api/v1/campaigns/${known.campaignId}/indices/breakdowns?by=gender`, { headers: admin.headers })
    expect(res.status).toBe(200)
    const cell = (agencyId: number, group: string) => res.body.cells.find((c: any) => c.agencyId === agencyId && c.group === group)
    // Women at the known unit: A 8, B 4, C 10 → polite 12/22 satisfied, listened 8/22.
    expect(cell(known.agencyId, 'female')).toMatchObject({ n: 22, hidden: false })
    expect(cell(known.agencyId, 'female').sipas.n).toBe(22)
    expect(cell(known.agencyId, 'male')).toMatchObject({ n: 18, hidden: false, sipas: { value: 100 } })
    expect(cell(known.otherAgencyId, 'female')).toEqual({ agencyId: known.otherAgencyId, group: 'female', n: null, hidden: true, sipas: null, overall: null })
    expect(cell(known.otherAgencyId, 'male')).toMatchObject({ n: 6, hidden: false })
    const channel = await t.request(`/api/v1/campaigns/${known.campaignId}/indices/breakdowns?by=channel&agencyId=${known.agencyId}`, {
      headers: admin.headers,
    })
    expect(channel.body.cells.map((c: any) => [c.group, c.n])).toEqual([
      ['kiosk', 26],
      ['qr', 18],
    ])
    const unknown = await t.request(`/api/v1/campaigns/${known.campaignId}/indices/breakdowns?by=shoeSize`, { headers: admin.headers })
    expect(unknown.status).toBe(400)
    expect(Object.keys(unknown.body.error.fields)).toEqual(['by'])
    const dated = await t.request(`/api/v1/campaigns/${known.campaignId}/indices/breakdowns?by=gender&from=2026-03-01`, { headers: admin.headers })
    expect(dated.status).toBe(400)
    expect(Object.keys(dated.body.error.fields)).toEqual(['from'])
  })

  it('gives responses per day and week with the flagged share', async () => {
    const day = await t.request(`/api/v1/campaigns/${known.campaignId}/indices/timeline?agencyId=${known.agencyId}`, { headers: admin.headers })
    expect(day.body.points).toEqual([
      { period: '2026-03-02', responses: 44, flagged: 0, flaggedShare: 0 },
      { period: '2026-03-06', responses: 5, flagged: 5, flaggedShare: 100 },
    ])
    const week = await t.request(`/api/v1/campaigns/${known.campaignId}/indices/timeline?interval=week`, { headers: admin.headers })
    // 2 March 2026 is a Monday; 6 March is in the same week; the other unit's 9 too.
    expect(week.body.points).toEqual([{ period: '2026-03-02', responses: 58, flagged: 5, flaggedShare: (5 / 58) * 100 }])
  })

  it('gives a unit’s index across years', async () => {
    const earlier = await t.ctx.db
      .insertInto('campaigns')
      .values({ name: 'Khảo sát 2025', year: 2025, starts_on: '2025-01-01', ends_on: '2025-12-31', questionnaire_id: known.questionnaireId, status: 'closed' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.ctx.db.insertInto('campaign_units').values({ campaign_id: earlier.id, agency_id: known.agencyId }).execute()
    await insertResponses(t.ctx.db, { ...known, campaignId: earlier.id }, times(10, { answers: { 'staff.polite': 5, 'staff.listened': 3 } }))
    const res = await t.request(`/api/v1/agencies/${known.agencyId}/trend`, { headers: admin.headers })
    expect(res.status).toBe(200)
    expect(res.body.points.map((p: any) => [p.year, p.n, p.sipas.value])).toEqual([
      [2025, 10, 50],
      [2026, 44, 72.5],
    ])
    // every point says which campaign and questionnaire it is, with its n and interval
    for (const point of res.body.points) {
      expect(point).toMatchObject({ questionnaireKind: 'sipas2017', questionnaireName: 'Phiếu thử nghiệm' })
      expect(point.campaignName).toEqual(expect.any(String))
      expect(point.sipas.ciLow).toEqual(expect.any(Number))
    }
  })

  it('scores a one-stop campaign by points, its index being the satisfied share', async () => {
    const fixture = await createSurveyFixture(t.ctx.db, { definition: onestop2018.definition, scoring: 'points', kind: 'onestop2018' })
    const indicators = onestop2018.definition.elements.flatMap((e) => e.criteria.map((c) => c.key))
    const all = Object.fromEntries(indicators.map((k) => [k, 2]))
    // 4 × all 2 points, rated satisfied (2); 4 × indicator 1 at 0 points, rated dissatisfied (1).
    // Indicator 1: (4·2 + 4·0)/8 = 1 → total 1 + 8·2 = 17, excellent; satisfied 4/8 = 50%.
    await insertResponses(t.ctx.db, fixture, [...times(4, { answers: all, overall: 2 }), ...times(4, { answers: { ...all, [indicators[0]!]: 0 }, overall: 1 })])
    const res = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices`, { headers: admin.headers })
    expect(res.body.unit).toBe('points')
    const unit = res.body.units[0] as UnitIndices
    expect(unit.points).toMatchObject({ total: 17, max: 18, grade: 'excellent' })
    expect(unit.points!.perIndicator[0]).toMatchObject({ key: indicators[0], value: 1, n: 8 })
    expect(unit.sipas).toMatchObject({ value: 50, n: 8, indicative: true })
  })

  it('is described in the OpenAPI document', async () => {
    const spec = await t.request('/api/v1/openapi.json')
    for (const path of ['/campaigns/{id}/indices', '/campaigns/{id}/indices/breakdowns', '/campaigns/{id}/indices/timeline', '/agencies/{id}/trend']) {
      expect(Object.keys(spec.body.paths)).toContain(path)
    }
  })
})
