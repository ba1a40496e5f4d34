import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { Plan, PlanSummary } from '../../shared/plans/schemas'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'
import { insertResponses, times } from '../helpers/indices-responses'

describe.each(databaseKinds)('plans, organisations, teams and sample targets on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  let sipas2017: number
  const agencyIds: number[] = []
  let inactiveAgency: number
  let orgs: { id: number; name: string }[]
  const mttq = () => orgs.find((o) => o.name === 'Ủy ban MTTQ Việt Nam tỉnh')!

  const call = (method: string, path: string, body?: unknown, user = admin) => t.request(`/api/v1${path}`, { method, body, headers: user.headers })
  const snapshot = async () => ({
    plans: await t.ctx.db.selectFrom('plans').selectAll().orderBy('id').execute(),
    units: await t.ctx.db.selectFrom('plan_units').selectAll().orderBy('plan_id').orderBy('agency_id').orderBy('year').execute(),
    organisations: await t.ctx.db.selectFrom('plan_organisations').selectAll().orderBy('plan_id').orderBy('organisation_id').execute(),
    campaigns: await t.ctx.db.selectFrom('campaigns').selectAll().orderBy('id').execute(),
    campaignUnits: await t.ctx.db.selectFrom('campaign_units').selectAll().orderBy('campaign_id').orderBy('agency_id').execute(),
    team: await t.ctx.db.selectFrom('campaign_team').selectAll().orderBy('campaign_id').orderBy('user_id').execute(),
  })
  const newPlan = async (body: Record<string, unknown> = {}) => {
    const res = await call('POST', '/plans', {
      name: 'Đề án khảo sát 2020–2022',
      decisionNumber: '3235/QĐ-UBND',
      decisionDate: '2017-12-18',
      firstYear: 2020,
      lastYear: 2022,
      ...body,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body as Plan
  }
  const newCampaign = async (body: Record<string, unknown>) => {
    const res = await call('POST', '/campaigns', {
      name: 'Khảo sát',
      startsOn: `${body.year}-01-01`,
      endsOn: `${body.year}-12-31`,
      questionnaireId: sipas2017,
      ...body,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body as Campaign
  }

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
    for (let i = 1; i <= 8; i++) agencyIds.push((await call('POST', '/agencies', { name: `UBND huyện Thử ${i}`, code: `PLAN-${i}`, kind: 'commune' })).body.id)
    inactiveAgency = (await call('POST', '/agencies', { name: 'Sở đã giải thể', code: 'PLAN-OLD', kind: 'department' })).body.id
    await call('PATCH', `/agencies/${inactiveAgency}`, { active: false })
    sipas2017 = (await call('GET', '/questionnaires')).body.find((q: { kind: string; builtin: boolean }) => q.kind === 'sipas2017' && q.builtin).id
    orgs = (await call('GET', '/organisations')).body
  })

  describe('organisations', () => {
    it('are seeded with the four partners of the Sơn La decision; admins add others, a name only once', async () => {
      expect(orgs.map((o) => o.name)).toEqual(['Sở Nội vụ', 'Ủy ban MTTQ Việt Nam tỉnh', 'Ban Dân vận Tỉnh ủy', 'HĐND tỉnh'])
      const added = await call('POST', '/organisations', { name: 'Sở Tư pháp' })
      expect(added.status).toBe(201)
      expect((await call('GET', '/organisations')).body).toContainEqual(added.body)
      const again = await call('POST', '/organisations', { name: 'sở tư pháp' })
      expect(again.status).toBe(409)
      expect(again.body.error.fields).toHaveProperty('name')
      const viewer = await createUserAndLogin(t, 'viewer')
      expect((await call('POST', '/organisations', { name: 'Hội Nông dân' }, viewer)).status).toBe(403)
    })

    it('every account may belong to one, shown in the user payload and beside the actor in the audit log', async () => {
      const res = await call('POST', '/users', {
        email: 'mttq.viewer@test.vn',
        name: 'Cán bộ MTTQ',
        password: 'mat-khau-dai-du',
        role: 'viewer',
        organisationId: mttq().id,
      })
      expect(res.status).toBe(201)
      expect(res.body.organisationId).toBe(mttq().id)
      const moved = await call('PATCH', `/users/${res.body.id}`, { organisationId: orgs[2]!.id })
      expect(moved.body.organisationId).toBe(orgs[2]!.id)
      const unknown = await call('PATCH', `/users/${res.body.id}`, { organisationId: 99999 })
      expect(unknown.status).toBe(400)
      expect(unknown.body.error.fields).toHaveProperty('organisationId')
      expect((await call('GET', '/users')).body.find((u: { id: number }) => u.id === res.body.id).organisationId).toBe(orgs[2]!.id)

      const partner = await createUserAndLogin(t, 'admin')
      await t.ctx.db.updateTable('users').set({ organisation_id: orgs[0]!.id }).where('id', '=', partner.id).execute()
      await call('POST', '/organisations', { name: 'Sở Tài chính' }, partner)
      const audit = await call('GET', '/audit?limit=1')
      expect(audit.body.items[0]).toMatchObject({ userId: partner.id, userOrganisation: 'Sở Nội vụ', entity: 'organisation' })
    })
  })

  describe('plans', () => {
    it('stores name, decision, years, units by year and partners, and warns without refusing', async () => {
      const plan = await newPlan({ organisationIds: orgs.map((o) => o.id) })
      expect(plan).toMatchObject({ decisionNumber: '3235/QĐ-UBND', decisionDate: '2017-12-18', firstYear: 2020, lastYear: 2022, units: [], warnings: [] })
      const units = [...agencyIds.slice(0, 6).map((agencyId) => ({ agencyId, year: 2021 })), { agencyId: agencyIds[0]!, year: 2022 }]
      const res = await call('PUT', `/plans/${plan.id}/units`, { units })
      expect(res.status).toBe(200)
      expect(res.body.units).toHaveLength(7)
      const codes = (res.body as Plan).warnings.map((w) => [w.code, w.year, w.agencyId, w.count])
      expect(codes).toContainEqual(['year_above_plan', 2021, null, 6])
      expect(codes).toContainEqual(['unit_planned_twice', null, agencyIds[0], 2])
      // 2021 and 2022 have come and no campaign of the plan surveys these units yet.
      expect(codes.filter(([code]) => code === 'unit_without_campaign')).toHaveLength(7)
      expect((await call('GET', `/plans/${plan.id}`)).body).toEqual(res.body)
      expect((await call('GET', '/plans')).body.map((p: Plan) => p.id)).toContain(plan.id)

      const campaign = await newCampaign({ year: 2021, planId: plan.id })
      expect(campaign.planId).toBe(plan.id)
      await call('PUT', `/campaigns/${campaign.id}/units`, { agencyIds: agencyIds.slice(0, 5) })
      const after = (await call('GET', `/plans/${plan.id}`)).body as Plan
      expect(after.warnings.filter((w) => w.code === 'unit_without_campaign').map((w) => [w.agencyId, w.year])).toEqual([
        [agencyIds[5], 2021],
        [agencyIds[0], 2022],
      ])
    })

    it('gives a year’s units for a new campaign of that year to pre-select', async () => {
      const plan = await newPlan()
      await call('PUT', `/plans/${plan.id}/units`, {
        units: [
          { agencyId: agencyIds[3], year: 2020 },
          { agencyId: agencyIds[1], year: 2021 },
          { agencyId: agencyIds[2], year: 2021 },
        ],
      })
      expect((await call('GET', `/plans/${plan.id}/years/2021/units`)).body).toEqual({ planId: plan.id, year: 2021, agencyIds: [agencyIds[1], agencyIds[2]] })
      const outside = await call('GET', `/plans/${plan.id}/years/2019/units`)
      expect(outside.status).toBe(400)
      expect(outside.body.error.fields).toHaveProperty('year')
    })

    it.each([
      ['a year outside the plan', (ids: number[]) => [{ agencyId: ids[0], year: 2023 }], 'units.0.year'],
      ['an unknown agency', () => [{ agencyId: 999999, year: 2020 }], 'units.0.agencyId'],
      ['an inactive agency', (_ids: number[], inactive: number) => [{ agencyId: inactive, year: 2020 }], 'units.0.agencyId'],
      [
        'the same unit twice in one year',
        (ids: number[]) => [
          { agencyId: ids[0], year: 2020 },
          { agencyId: ids[0], year: 2020 },
        ],
        'units.1.agencyId',
      ],
    ])('refuses %s with a field error and changes nothing', async (_what, units, field) => {
      const plan = await newPlan()
      await call('PUT', `/plans/${plan.id}/units`, { units: [{ agencyId: agencyIds[4], year: 2021 }] })
      const before = await snapshot()
      const res = await call('PUT', `/plans/${plan.id}/units`, {
        units: [{ agencyId: agencyIds[5], year: 2022 }, ...units(agencyIds, inactiveAgency)].slice(1),
      })
      expect(res.status).toBe(400)
      expect(Object.keys(res.body.error.fields)).toContain(field)
      expect(await snapshot()).toEqual(before)
    })

    it('refuses bad plan fields, years that would leave units out, and a campaign outside its plan’s years', async () => {
      const before = await snapshot()
      for (const [body, field] of [
        [{ lastYear: 2019 }, 'lastYear'],
        [{ name: ' ' }, 'name'],
        [{ decisionDate: '18/12/2017' }, 'decisionDate'],
        [{ organisationIds: [99999] }, 'organisationIds.0'],
      ] as [Record<string, unknown>, string][]) {
        const res = await call('POST', '/plans', { name: 'Đề án', firstYear: 2020, lastYear: 2022, ...body })
        expect(res.status).toBe(400)
        expect(Object.keys(res.body.error.fields)).toContain(field)
      }
      expect(await snapshot()).toEqual(before)

      const plan = await newPlan()
      await call('PUT', `/plans/${plan.id}/units`, { units: [{ agencyId: agencyIds[0], year: 2022 }] })
      const middle = await snapshot()
      const shrink = await call('PATCH', `/plans/${plan.id}`, { lastYear: 2021 })
      expect(shrink.status).toBe(400)
      expect(shrink.body.error.fields).toHaveProperty('lastYear')
      const reversed = await call('PATCH', `/plans/${plan.id}`, { firstYear: 2023 })
      expect(reversed.body.error.fields).toHaveProperty('lastYear')
      const outside = await call('POST', '/campaigns', {
        name: 'Khảo sát',
        year: 2024,
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
        questionnaireId: sipas2017,
        planId: plan.id,
      })
      expect(outside.status).toBe(400)
      expect(outside.body.error.fields).toHaveProperty('year')
      const noPlan = await call('POST', '/campaigns', {
        name: 'Khảo sát',
        year: 2021,
        startsOn: '2021-01-01',
        endsOn: '2021-12-31',
        questionnaireId: sipas2017,
        planId: 99999,
      })
      expect(noPlan.body.error.fields).toHaveProperty('planId')
      expect(await snapshot()).toEqual(middle)

      const renamed = await call('PATCH', `/plans/${plan.id}`, { name: 'Đề án đổi tên', lastYear: 2025, organisationIds: [mttq().id] })
      expect(renamed.status).toBe(200)
      expect(renamed.body).toMatchObject({ name: 'Đề án đổi tên', firstYear: 2020, lastYear: 2025, organisationIds: [mttq().id] })
    })
  })

  describe('the survey team and partner viewers', () => {
    let planCampaign: Campaign
    let otherCampaign: Campaign
    let surveyor: LoggedInUser
    let mttqViewer: LoggedInUser

    beforeAll(async () => {
      const plan = await newPlan({ organisationIds: [mttq().id] })
      planCampaign = await newCampaign({ year: 2021, planId: plan.id })
      await call('PUT', `/campaigns/${planCampaign.id}/units`, { agencyIds: agencyIds.slice(0, 2) })
      otherCampaign = await newCampaign({ year: 2021 })
      await call('PUT', `/campaigns/${otherCampaign.id}/units`, { agencyIds: agencyIds.slice(0, 2) })
      surveyor = await createUserAndLogin(t, 'surveyor')
      mttqViewer = await createUserAndLogin(t, 'viewer')
      await t.ctx.db.updateTable('users').set({ organisation_id: mttq().id }).where('id', '=', mttqViewer.id).execute()
    })

    it('assigns members to a campaign; a surveyor lists only those campaigns and reads no results, agencies, users, exports or audit', async () => {
      const team = await call('PUT', `/campaigns/${planCampaign.id}/team`, { userIds: [surveyor.id, mttqViewer.id] })
      expect(team.status).toBe(200)
      expect(team.body.members.map((m: { id: number }) => m.id).sort()).toEqual([surveyor.id, mttqViewer.id].sort())
      expect((await call('GET', `/campaigns/${planCampaign.id}/team`)).body).toEqual(team.body)

      expect((await call('GET', '/campaigns', undefined, surveyor)).body.map((c: Campaign) => c.id)).toEqual([planCampaign.id])
      expect((await call('GET', `/campaigns/${planCampaign.id}`, undefined, surveyor)).status).toBe(200)
      expect((await call('GET', `/campaigns/${otherCampaign.id}`, undefined, surveyor)).status).toBe(403)
      for (const path of [
        `/campaigns/${planCampaign.id}/indices`,
        `/campaigns/${planCampaign.id}/indices/timeline`,
        `/campaigns/${planCampaign.id}/indices/breakdowns?by=channel`,
        `/campaigns/${planCampaign.id}/export.xlsx`,
        `/campaigns/${planCampaign.id}/export.csv`,
        `/campaigns/${planCampaign.id}/targets`,
        `/agencies/${agencyIds[0]}/trend`,
        '/agencies',
        '/users',
        '/audit',
        '/organisations',
        '/plans',
      ]) {
        expect((await call('GET', path, undefined, surveyor)).status, path).toBe(403)
      }
    })

    it('refuses an unknown account in a team with a field error and keeps the team', async () => {
      const before = await snapshot()
      const res = await call('PUT', `/campaigns/${planCampaign.id}/team`, { userIds: [surveyor.id, 99999] })
      expect(res.status).toBe(400)
      expect(res.body.error.fields).toHaveProperty('userIds.1')
      expect(await snapshot()).toEqual(before)
      expect((await call('PUT', `/campaigns/${planCampaign.id}/team`, { userIds: [] }, mttqViewer)).status).toBe(403)
    })

    it('a partner organisation’s viewer reads its plan’s campaigns, not others, and cannot write', async () => {
      expect((await call('GET', '/campaigns', undefined, mttqViewer)).body.map((c: Campaign) => c.id)).toContain(planCampaign.id)
      expect((await call('GET', '/campaigns', undefined, mttqViewer)).body.map((c: Campaign) => c.id)).not.toContain(otherCampaign.id)
      expect((await call('GET', `/campaigns/${planCampaign.id}/indices`, undefined, mttqViewer)).status).toBe(200)
      expect((await call('GET', `/campaigns/${planCampaign.id}/export.xlsx`, undefined, mttqViewer)).status).toBe(200)
      expect((await call('GET', `/campaigns/${otherCampaign.id}/indices`, undefined, mttqViewer)).status).toBe(403)
      const plans = (await call('GET', '/plans', undefined, mttqViewer)).body as Plan[]
      expect(plans.length).toBeGreaterThan(0)
      expect(plans.every((p) => p.organisationIds.includes(mttq().id))).toBe(true)
      const before = await snapshot()
      expect((await call('POST', '/plans', { name: 'Đề án', firstYear: 2020, lastYear: 2020 }, mttqViewer)).status).toBe(403)
      expect((await call('PUT', `/campaigns/${planCampaign.id}/targets`, { margin: 0.1 }, mttqViewer)).status).toBe(403)
      expect((await call('PATCH', `/campaigns/${planCampaign.id}`, { name: 'x' }, mttqViewer)).status).toBe(403)
      expect(await snapshot()).toEqual(before)
    })
  })

  describe('sample targets', () => {
    let fixture: Awaited<ReturnType<typeof createSurveyFixture>>
    let second: number

    beforeAll(async () => {
      fixture = await createSurveyFixture(t.ctx.db)
      second = agencyIds[7]!
      await t.ctx.db.insertInto('campaign_units').values({ campaign_id: fixture.campaignId, agency_id: second }).execute()
      await insertResponses(t.ctx.db, fixture, times(12, { answers: { 'staff.polite': 4, 'staff.listened': 5 } }))
    })

    it('computes n = ⌈N / (1 + N·e²)⌉ from N (2,000 → 334 at 5 %), else the default target', async () => {
      const res = await call('PUT', `/campaigns/${fixture.campaignId}/targets`, { units: [{ agencyId: fixture.agencyId, transactions: 2000 }] })
      expect(res.status).toBe(200)
      expect(res.body.margin).toBe(0.05)
      expect(res.body.units.find((u: { agencyId: number }) => u.agencyId === fixture.agencyId)).toMatchObject({ transactions: 2000, target: 334 })
      expect(res.body.units.find((u: { agencyId: number }) => u.agencyId === second)).toMatchObject({ transactions: null, target: null })
      const withDefault = await call('PUT', `/campaigns/${fixture.campaignId}/targets`, { margin: 0.1, defaultTarget: 10 })
      expect(withDefault.body.units.find((u: { agencyId: number }) => u.agencyId === fixture.agencyId).target).toBe(96)
      expect(withDefault.body.units.find((u: { agencyId: number }) => u.agencyId === second).target).toBe(10)
      expect((await call('GET', `/campaigns/${fixture.campaignId}/targets`)).body).toEqual(withDefault.body)
    })

    it.each([
      ['a negative N', { units: [{ agencyId: 0, transactions: -1 }] }, 'units.0.transactions'],
      ['a fractional N', { units: [{ agencyId: 0, transactions: 2.5 }] }, 'units.0.transactions'],
      ['e = 0', { margin: 0 }, 'margin'],
      ['e above 0.5', { margin: 0.6 }, 'margin'],
      ['a default target of 0', { defaultTarget: 0 }, 'defaultTarget'],
      ['a unit outside the campaign', { units: [{ agencyId: -1, transactions: 10 }] }, 'units.0.agencyId'],
    ])('refuses %s with a field error and changes nothing', async (_what, body, field) => {
      const units = (body as { units?: { agencyId: number }[] }).units?.map((u) => ({ ...u, agencyId: u.agencyId === 0 ? fixture.agencyId : agencyIds[6] }))
      const before = await snapshot()
      const res = await call('PUT', `/campaigns/${fixture.campaignId}/targets`, { ...body, ...(units && { units }) })
      expect(res.status).toBe(400)
      expect(Object.keys(res.body.error.fields)).toContain(field)
      expect(await snapshot()).toEqual(before)
    })

    it('reads N from a CSV agencyCode,transactions, all rows or none', async () => {
      const codes = await t.ctx.db.selectFrom('agencies').select(['id', 'code']).where('id', 'in', [fixture.agencyId, second]).execute()
      const code = (id: number) => codes.find((c) => c.id === id)!.code
      const csv = (text: string) =>
        t.request(`/api/v1/campaigns/${fixture.campaignId}/targets.csv`, {
          method: 'PUT',
          body: text,
          headers: { ...admin.headers, 'Content-Type': 'text/csv' },
        })
      const bad = await csv(`agencyCode,transactions\n${code(second)},400\nKHONG-CO,5\n${code(fixture.agencyId)},-3\n`)
      expect(bad.status).toBe(400)
      expect(Object.keys(bad.body.error.fields)).toEqual(['line 3', 'line 4'])
      expect(
        (await call('GET', `/campaigns/${fixture.campaignId}/targets`)).body.units.find((u: { agencyId: number }) => u.agencyId === second).transactions,
      ).toBeNull()
      const ok = await csv(`\uFEFFagencyCode,transactions\n${code(second)},"1.000"\n${code(fixture.agencyId)},2000\n`)
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      expect(ok.body.units.map((u: { transactions: number }) => u.transactions).sort()).toEqual([1000, 2000])
      expect((await csv('code,n\nX,1\n')).status).toBe(400)
    })

    it('shows each unit’s target and whether n reached it in the indices and the workbook', async () => {
      await call('PUT', `/campaigns/${fixture.campaignId}/targets`, {
        margin: 0.05,
        defaultTarget: 5,
        units: [
          { agencyId: fixture.agencyId, transactions: 2000 },
          { agencyId: second, transactions: null },
        ],
      })
      const indices = (await call('GET', `/campaigns/${fixture.campaignId}/indices`)).body as CampaignIndices
      expect(indices.targets).toEqual({ margin: 0.05, defaultTarget: 5 })
      expect(indices.units.find((u) => u.agencyId === fixture.agencyId)).toMatchObject({ n: 12, transactions: 2000, target: 334, targetReached: false })
      expect(indices.units.find((u) => u.agencyId === second)).toMatchObject({ n: 0, transactions: null, target: 5, targetReached: false })
      await call('PUT', `/campaigns/${fixture.campaignId}/targets`, { units: [{ agencyId: fixture.agencyId, transactions: 12 }] })
      const reached = (await call('GET', `/campaigns/${fixture.campaignId}/indices`)).body as CampaignIndices
      expect(reached.units.find((u) => u.agencyId === fixture.agencyId)).toMatchObject({ target: 12, targetReached: true })

      const res = await t.app.request(`/api/v1/campaigns/${fixture.campaignId}/export.xlsx`, { headers: admin.headers })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await res.arrayBuffer())
      const summary = workbook.getWorksheet('Tổng hợp')!
      const headers = (summary.getRow(3).values as unknown[]).slice(1)
      const targets = [4, 5].map((r) => summary.getRow(r).getCell(headers.indexOf('Cỡ mẫu mục tiêu') + 1).value)
      expect(targets.sort()).toEqual([12, 5])
      const method = workbook.getWorksheet('Phương pháp')!
      const lines = method
        .getSheetValues()
        .flat()
        .filter((v): v is string => typeof v === 'string')
      expect(lines.some((l) => l.includes('n = ⌈N / (1 + N·e²)⌉') && l.includes('e = 5%') && l.includes('mặc định 5 phiếu'))).toBe(true)
      expect(lines.some((l) => l.includes('N = 12 → mục tiêu 12 phiếu; đã có 12 phiếu (đạt)'))).toBe(true)
    })
  })

  describe('the plan summary', () => {
    it('gives years × units with campaign, status, n and index, the province per year and units never surveyed; the same as a workbook', async () => {
      const fixture = await createSurveyFixture(t.ctx.db)
      const plan = await newPlan({ firstYear: 2020, lastYear: 2021 })
      await call('PUT', `/plans/${plan.id}/units`, {
        units: [
          { agencyId: fixture.agencyId, year: 2020 },
          { agencyId: agencyIds[1], year: 2020 },
          { agencyId: agencyIds[2], year: 2021 },
        ],
      })
      await t.ctx.db.updateTable('campaigns').set({ plan_id: plan.id, year: 2020, status: 'closed' }).where('id', '=', fixture.campaignId).execute()
      await t.ctx.db.insertInto('campaign_units').values({ campaign_id: fixture.campaignId, agency_id: agencyIds[1]! }).execute()
      await insertResponses(t.ctx.db, fixture, [
        ...times(30, { answers: { 'staff.polite': 5, 'staff.listened': 5 } }),
        ...times(10, { answers: { 'staff.polite': 2, 'staff.listened': 2 } }),
      ])
      await insertResponses(t.ctx.db, { ...fixture, agencyId: agencyIds[1]! }, times(10, { answers: { 'staff.polite': 4, 'staff.listened': 1 } }))

      const res = await call('GET', `/plans/${plan.id}/summary`)
      expect(res.status).toBe(200)
      const summary = res.body as PlanSummary
      expect(summary.years.map((y) => y.year)).toEqual([2020, 2021])
      const row = (agencyId: number) => summary.units.find((u) => u.agencyId === agencyId)!
      expect(row(fixture.agencyId).cells[0]).toMatchObject({ year: 2020, planned: true, campaignId: fixture.campaignId, status: 'closed', n: 40 })
      expect(row(fixture.agencyId).cells[0]!.sipas!.value).toBeCloseTo(75, 10)
      expect(row(fixture.agencyId).cells[0]!.sipas!.ciLow).toBeLessThan(75)
      expect(row(agencyIds[1]!).cells[0]!.sipas!.value).toBeCloseTo(50, 10)
      expect(row(agencyIds[2]!).cells[1]).toMatchObject({ year: 2021, planned: true, campaignId: null, status: null, n: 0, sipas: null })
      expect(summary.years[0]!.province).toEqual({ value: 62.5, units: 2, n: 50 })
      expect(summary.years[1]!.province).toEqual({ value: null, units: 0, n: 0 })
      expect(summary.neverSurveyed).toEqual([agencyIds[2]])
      expect(summary.plan.warnings).toContainEqual({ code: 'unit_without_campaign', year: 2021, agencyId: agencyIds[2], count: null })

      const xlsx = await t.app.request(`/api/v1/plans/${plan.id}/summary.xlsx`, { headers: admin.headers })
      expect(xlsx.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await xlsx.arrayBuffer())
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Đơn vị theo năm', 'Chỉ số của tỉnh', 'Chưa khảo sát', 'Trả lời ý kiến'])
      const years = workbook.getWorksheet('Chỉ số của tỉnh')!
      expect(years.getRow(4).values).toEqual([undefined, '2020', 2, 2, 50, 0.625])
      expect(workbook.getWorksheet('Chưa khảo sát')!.getRow(4).getCell(3).value).toBe('2021')
      const unitViewer = await createUserAndLogin(t, 'viewer', fixture.agencyId)
      expect((await call('GET', `/plans/${plan.id}/summary`, undefined, unitViewer)).status).toBe(403)
    })
  })
})
