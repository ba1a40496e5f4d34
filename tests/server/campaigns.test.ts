import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { isAccepting } from '../../server/campaigns/accepting-campaign'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'

describe.each(databaseKinds)('campaigns on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  let sipas2017: number
  let draftQuestionnaire: number
  const agencyIds: number[] = []

  const snapshot = async () => ({
    campaigns: await t.ctx.db.selectFrom('campaigns').selectAll().orderBy('id').execute(),
    units: await t.ctx.db.selectFrom('campaign_units').selectAll().orderBy('campaign_id').orderBy('agency_id').execute(),
  })
  const call = (method: string, path: string, body?: unknown) => t.request(`/api/v1${path}`, { method, body, headers: admin.headers })
  /** The campaign's newest audit entry. */
  const lastAudit = (id: number) =>
    t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'campaign')
      .where('entity_id', '=', String(id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
  const newCampaign = async (overrides: Record<string, unknown> = {}) => {
    const res = await call('POST', '/campaigns', {
      name: 'Khảo sát năm 2027',
      year: 2027,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      questionnaireId: sipas2017,
      ...overrides,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
    for (let i = 1; i <= 7; i++) {
      const res = await call('POST', '/agencies', { name: `UBND xã Chiềng ${i}`, code: `CAMP-${i}`, kind: 'commune' })
      agencyIds.push(res.body.id)
    }
    const list = await call('GET', '/questionnaires')
    sipas2017 = list.body.find((q: { kind: string; builtin: boolean }) => q.kind === 'sipas2017' && q.builtin).id
    draftQuestionnaire = (await call('POST', '/questionnaires', { basedOnId: sipas2017 })).body.id
  })

  it('answers 400 naming the id to an id that is not a positive whole number', async () => {
    for (const id of ['NaN', 'abc', '0', '-1', '1.5']) {
      for (const path of [`/campaigns/${id}`, `/campaigns/${id}/indices`]) {
        const res = await call('GET', path)
        expect(res.status, path).toBe(400)
        expect(res.body.error.fields, path).toHaveProperty('id')
      }
    }
  })

  it('creates a campaign for next year, adds 5 units and opens it', async () => {
    const created = await newCampaign()
    expect(created).toMatchObject({
      name: 'Khảo sát năm 2027',
      year: 2027,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      status: 'draft',
      agencyIds: [],
      warnings: [],
    })
    const units = await call('PUT', `/campaigns/${created.id}/units`, { agencyIds: agencyIds.slice(0, 5) })
    expect(units.status).toBe(200)
    expect(units.body.agencyIds).toEqual(agencyIds.slice(0, 5))
    expect(units.body.warnings).toEqual([])
    const opened = await call('PATCH', `/campaigns/${created.id}`, { status: 'open' })
    expect(opened.status).toBe(200)
    expect(opened.body.status).toBe('open')
    expect((await call('GET', `/campaigns/${created.id}`)).body).toEqual(opened.body)
    expect((await call('GET', '/campaigns')).body.map((c: { id: number }) => c.id)).toContain(created.id)
  })

  it('warns, without refusing, when more than 5 units are surveyed', async () => {
    const { id } = await newCampaign()
    const res = await call('PUT', `/campaigns/${id}/units`, { agencyIds })
    expect(res.status).toBe(200)
    expect(res.body.agencyIds).toHaveLength(7)
    expect(res.body.warnings).toEqual(['units_above_plan'])
  })

  it.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['an end before the start', { startsOn: '2027-06-01', endsOn: '2027-05-31' }, 'endsOn'],
    ['a date that is not YYYY-MM-DD', { startsOn: '01/06/2027' }, 'startsOn'],
    ['an unpublished questionnaire', { questionnaireId: -1 }, 'questionnaireId'],
  ])('refuses %s on create, naming the field, and stores nothing', async (_what, overrides, field) => {
    const before = await snapshot()
    const res = await call('POST', '/campaigns', {
      name: 'Khảo sát',
      year: 2027,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      questionnaireId: sipas2017,
      ...overrides,
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields)).toContain(field)
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a draft or unknown questionnaire with a field error', async () => {
    const before = await snapshot()
    for (const questionnaireId of [draftQuestionnaire, 999999]) {
      const res = await call('POST', '/campaigns', { name: 'Khảo sát', year: 2027, startsOn: '2027-01-01', endsOn: '2027-12-31', questionnaireId })
      expect(res.status).toBe(400)
      expect(res.body.error.fields).toHaveProperty('questionnaireId')
    }
    expect(await snapshot()).toEqual(before)
  })

  it('checks the period against the stored dates when one date is patched', async () => {
    const { id } = await newCampaign({ startsOn: '2027-03-01', endsOn: '2027-09-30' })
    const before = await snapshot()
    const early = await call('PATCH', `/campaigns/${id}`, { endsOn: '2027-02-28' })
    expect(early.status).toBe(400)
    expect(early.body.error.fields).toEqual({ endsOn: 'must not be before startsOn' })
    const late = await call('PATCH', `/campaigns/${id}`, { startsOn: '2027-10-01' })
    expect(late.status).toBe(400)
    expect(late.body.error.fields).toHaveProperty('startsOn')
    expect(await snapshot()).toEqual(before)
    const ok = await call('PATCH', `/campaigns/${id}`, { startsOn: '2027-04-01', name: 'Khảo sát quý II–III' })
    expect(ok.body).toMatchObject({ startsOn: '2027-04-01', endsOn: '2027-09-30', name: 'Khảo sát quý II–III' })
  })

  it('refuses unknown agency ids, naming agencyIds, and keeps the units', async () => {
    const { id } = await newCampaign()
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[0]] })
    const before = await snapshot()
    const res = await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[1], 987654] })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.agencyIds).toMatch(/987654/)
    expect(await snapshot()).toEqual(before)
  })

  it('moves draft → open → closed → open, but not draft → closed nor open without units', async () => {
    const { id } = await newCampaign()
    expect((await call('PATCH', `/campaigns/${id}`, { status: 'closed' })).body.error.fields).toHaveProperty('status')
    expect((await call('PATCH', `/campaigns/${id}`, { status: 'open' })).body.error.fields).toHaveProperty('status')
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: agencyIds.slice(0, 2) })
    expect((await call('PATCH', `/campaigns/${id}`, { status: 'open' })).body.status).toBe('open')
    expect((await call('PATCH', `/campaigns/${id}`, { status: 'closed' })).body.status).toBe('closed')
    expect((await call('PATCH', `/campaigns/${id}`, { status: 'open' })).body.status).toBe('open')
    // No responses yet, so going back to draft is still allowed.
    expect((await call('PATCH', `/campaigns/${id}`, { status: 'draft' })).body.status).toBe('draft')
  })

  it('never returns to draft, drops a unit or changes questionnaire once responses exist', async () => {
    const { id } = await newCampaign()
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: agencyIds.slice(0, 2) })
    await call('PATCH', `/campaigns/${id}`, { status: 'open' })
    await storeResponse(id)
    const before = await snapshot()
    const draft = await call('PATCH', `/campaigns/${id}`, { status: 'draft' })
    expect(draft.status).toBe(409)
    expect(draft.body.error.fields).toHaveProperty('status')
    expect((await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[1]] })).status).toBe(409)
    const copy = (await call('POST', '/questionnaires', { basedOnId: sipas2017 })).body.id
    await call('POST', `/questionnaires/${copy}/publish`)
    expect((await call('PATCH', `/campaigns/${id}`, { questionnaireId: copy })).status).toBe(409)
    expect(await snapshot()).toEqual(before)
    // Adding a unit is fine.
    expect((await call('PUT', `/campaigns/${id}/units`, { agencyIds: agencyIds.slice(0, 3) })).body.agencyIds).toHaveLength(3)
  })

  it('accepts responses only while open and within the period, by the Vietnamese calendar', async () => {
    const today = todayInVietnam()
    expect(isAccepting({ status: 'open', starts_on: today, ends_on: today })).toBe(true)
    expect(isAccepting({ status: 'closed', starts_on: today, ends_on: today })).toBe(false)
    expect(isAccepting({ status: 'open', starts_on: '2000-01-01', ends_on: '2000-12-31' })).toBe(false)
    // 18:00 UTC on 31 Dec is already 1 Jan in Viet Nam.
    expect(todayInVietnam(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01')
    const { id } = await newCampaign({ year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' })
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[0]] })
    const stored = () => t.ctx.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(isAccepting(await stored(), todayInVietnam(new Date('2026-06-01T00:00:00Z')))).toBe(false)
    await call('PATCH', `/campaigns/${id}`, { status: 'open' })
    expect(isAccepting(await stored(), todayInVietnam(new Date('2026-06-01T00:00:00Z')))).toBe(true)
    expect(isAccepting(await stored(), todayInVietnam(new Date('2026-12-31T18:00:00Z')))).toBe(false)
  })

  const storeResponse = (campaignId: number) =>
    t.ctx.db
      .insertInto('responses')
      .values({
        client_id: randomUUID(),
        campaign_id: campaignId,
        agency_id: agencyIds[0]!,
        questionnaire_id: sipas2017,
        link_id: null,
        channel: 'kiosk',
        submitted_hour: new Date(),
        answers: JSON.stringify({ 'staff.polite': 5 }),
        overall: 5,
        gave_feedback: false,
        service_field: null,
        comment: null,
      })
      .execute()

  it('edits every field of a draft, and warns (without refusing) when the period is outside the year', async () => {
    const { id } = await newCampaign()
    const copy = (await call('POST', '/questionnaires', { basedOnId: sipas2017 })).body.id
    await call('POST', `/questionnaires/${copy}/publish`)
    const typedYearOnly = await call('PATCH', `/campaigns/${id}`, { year: 2028 })
    expect(typedYearOnly.status).toBe(200)
    expect(typedYearOnly.body.warnings).toEqual(['period_outside_year'])
    const edited = await call('PATCH', `/campaigns/${id}`, { name: 'Khảo sát 2028', startsOn: '2028-02-01', endsOn: '2028-11-30', questionnaireId: copy })
    expect(edited.body).toMatchObject({ name: 'Khảo sát 2028', year: 2028, startsOn: '2028-02-01', endsOn: '2028-11-30', questionnaireId: copy, warnings: [] })
    const created = await call('POST', '/campaigns', { name: 'Lệch năm', year: 2027, startsOn: '2026-12-01', endsOn: '2027-12-31', questionnaireId: sipas2017 })
    expect(created.status).toBe(201)
    expect(created.body.warnings).toEqual(['period_outside_year'])
  })

  it('changes only the name and period of an open campaign, and audits the period change as old → new', async () => {
    const { id } = await newCampaign()
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[0]] })
    await call('PATCH', `/campaigns/${id}`, { status: 'open' })
    const before = await snapshot()
    const year = await call('PATCH', `/campaigns/${id}`, { year: 2028, endsOn: '2027-11-30' })
    expect(year.status).toBe(409)
    expect(year.body.error.fields).toEqual({ year: 'can change only while the campaign is a draft' })
    const copy = (await call('POST', '/questionnaires', { basedOnId: sipas2017 })).body.id
    await call('POST', `/questionnaires/${copy}/publish`)
    expect((await call('PATCH', `/campaigns/${id}`, { questionnaireId: copy })).body.error.fields).toHaveProperty('questionnaireId')
    expect(await snapshot()).toEqual(before)
    const extended = await call('PATCH', `/campaigns/${id}`, { endsOn: '2027-11-30', year: 2027 })
    expect(extended.status).toBe(200)
    expect(extended.body).toMatchObject({ status: 'open', endsOn: '2027-11-30' })
    const entry = await lastAudit(id)
    expect(entry.action).toBe('update')
    expect(entry.details).toEqual({ changes: { endsOn: { from: '2027-12-31', to: '2027-11-30' } } })
  })

  it('deletes a draft without responses, with its units and links; refuses an open campaign or one with responses (409)', async () => {
    const { id } = await newCampaign()
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[0]] })
    await t.ctx.db
      .insertInto('survey_links')
      .values({ code: `draft-${id}`, campaign_id: id, agency_id: agencyIds[0]!, channel: 'kiosk', label: 'Quầy 1' })
      .execute()
    const deleted = await call('DELETE', `/campaigns/${id}`)
    expect(deleted.status).toBe(204)
    expect((await call('GET', `/campaigns/${id}`)).status).toBe(404)
    expect(await t.ctx.db.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', id).execute()).toEqual([])
    const audit = await lastAudit(id)
    expect(audit.action).toBe('delete')
    expect((await call('DELETE', `/campaigns/${id}`)).status).toBe(404)

    const open = (await newCampaign()).id
    await call('PUT', `/campaigns/${open}/units`, { agencyIds: [agencyIds[0]] })
    await call('PATCH', `/campaigns/${open}`, { status: 'open' })
    await storeResponse(open)
    const before = await snapshot()
    expect((await call('DELETE', `/campaigns/${open}`)).status).toBe(409)
    // back to draft is refused too once it has responses, so a draft with responses arises only by a direct write
    await t.ctx.db.updateTable('campaigns').set({ status: 'draft' }).where('id', '=', open).execute()
    const withResponses = await call('DELETE', `/campaigns/${open}`)
    expect(withResponses.status).toBe(409)
    expect(withResponses.body.error.fields).toEqual({ status: 'has responses' })
    await t.ctx.db.updateTable('campaigns').set({ status: 'open' }).where('id', '=', open).execute()
    expect(await snapshot()).toEqual(before)
  })

  it('answers 404 for an unknown campaign', async () => {
    expect((await call('GET', '/campaigns/424242')).status).toBe(404)
    expect((await call('PATCH', '/campaigns/424242', { name: 'x' })).status).toBe(404)
  })

  it('records every change in the audit log', async () => {
    const { id } = await newCampaign({ name: 'Khảo sát có nhật ký' })
    await call('PUT', `/campaigns/${id}/units`, { agencyIds: [agencyIds[0]] })
    await call('PATCH', `/campaigns/${id}`, { status: 'open' })
    const entries = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'campaign')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute()
    expect(entries.map((e) => [e.action, e.user_id])).toEqual([
      ['create', admin.id],
      ['set_units', admin.id],
      ['open', admin.id],
    ])
    expect(entries[0]!.details).toMatchObject({ name: 'Khảo sát có nhật ký' })
  })
})
