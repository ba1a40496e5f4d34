import { beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../shared/indices/schemas'
import type { PaperAnswers } from '../../shared/paper/fields'
import type { PaperForm, PaperFormOutcome } from '../../shared/paper/schemas'
import { formatSerial } from '../../shared/paper/serial'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'

const SERIAL_IN_PAGE = /<div class="serial-number">([0-9A-Z]{4}-[0-9A-Z]{4})<\/div>/g

/** A filled-in form of the small SIPAS fixture. */
const form = (overrides: Partial<PaperAnswers> = {}): PaperAnswers => ({
  answers: { 'staff.polite': 4, 'staff.listened': 5, 'feedback.easy': 3 },
  gaveFeedback: true,
  overall: 4,
  expectations: ['faster', 'online'],
  perceptions: {},
  demographics: { gender: 'female' },
  serviceField: 'land',
  comment: null,
  ...overrides,
})

describe.each(databaseKinds)('paper forms with double entry on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  let fixture: SurveyFixture
  let other: SurveyFixture
  let first: LoggedInUser
  let second: LoggedInUser
  let third: LoggedInUser
  let outsider: LoggedInUser
  let manager: LoggedInUser
  let organisationId: number

  const call = (method: string, path: string, user: LoggedInUser, body?: unknown) => t.request(`/api/v1${path}`, { method, body, headers: user.headers })
  const print = async (count: number | string, user = admin, unit = fixture) =>
    call('GET', `/campaigns/${unit.campaignId}/units/${unit.agencyId}/paper-forms?count=${count}`, user)
  const printSerials = async (count: number) => {
    const res = await print(count)
    expect(res.status).toBe(200)
    return [...(res.body as string).matchAll(SERIAL_IN_PAGE)].map((m) => m[1]!)
  }
  const enter = (serial: string, user: LoggedInUser, answers: PaperAnswers = form()) => call('POST', `/paper-forms/${serial}/entries`, user, answers)
  const entriesOf = (serial: string) =>
    t.ctx.db
      .selectFrom('paper_entries')
      .innerJoin('paper_forms', 'paper_forms.id', 'paper_entries.form_id')
      .select('round')
      .where('serial', '=', serial.replace('-', ''))
      .execute()
  const paperResponses = () =>
    t.ctx.db.selectFrom('responses').selectAll().where('channel', '=', 'paper').where('campaign_id', '=', fixture.campaignId).execute()

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
    fixture = await createSurveyFixture(t.ctx.db)
    other = await createSurveyFixture(t.ctx.db)
    organisationId = (await call('GET', '/organisations', admin)).body[1].id
    ;[first, second, third, outsider] = [
      await createUserAndLogin(t, 'surveyor'),
      await createUserAndLogin(t, 'surveyor'),
      await createUserAndLogin(t, 'surveyor'),
      await createUserAndLogin(t, 'surveyor'),
    ]
    await t.ctx.db.updateTable('users').set({ organisation_id: organisationId }).where('id', '=', first.id).execute()
    manager = await createUserAndLogin(t, 'unit_manager', fixture.agencyId)
    expect((await call('PUT', `/campaigns/${fixture.campaignId}/team`, admin, { userIds: [first.id, second.id, third.id] })).status).toBe(200)
    expect((await call('PUT', `/campaigns/${other.campaignId}/team`, admin, { userIds: [outsider.id] })).status).toBe(200)
  })

  describe('printing', () => {
    it('prints one A4 page per form, each with its own serial and QR code, stored under one audited batch', async () => {
      const res = await print(3)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/html')
      expect(res.headers.get('cache-control')).toBe('no-store')
      // a printable page: its own <style>, no script
      expect(res.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'")
      expect(res.headers.get('content-security-policy')).toContain("script-src 'none'")
      const page = res.body as string
      const serials = [...page.matchAll(SERIAL_IN_PAGE)].map((m) => m[1]!)
      expect(serials).toHaveLength(3)
      expect(new Set(serials).size).toBe(3)
      expect(page.match(/<section class="form"/g)).toHaveLength(3)
      expect(page.match(/<svg/g)).toHaveLength(3)
      expect(page).toContain('PHIẾU KHẢO SÁT SỰ HÀI LÒNG')
      expect(page).toContain('Rất không hài lòng')
      expect(page).toContain('Lịch sự')
      const stored = await t.ctx.db
        .selectFrom('paper_forms')
        .selectAll()
        .where(
          'serial',
          'in',
          serials.map((s) => s.replace('-', '')),
        )
        .execute()
      expect(stored).toHaveLength(3)
      expect(new Set(stored.map((f) => f.batch)).size).toBe(1)
      expect(
        stored.every((f) => f.campaign_id === fixture.campaignId && f.agency_id === fixture.agencyId && f.created_by === admin.id && f.response_id === null),
      ).toBe(true)
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'paper_form_batch')
        .where('entity_id', '=', stored[0]!.batch)
        .execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]!.details).toMatchObject({ campaignId: fixture.campaignId, agencyId: fixture.agencyId, count: 3 })
    })

    it('refuses a count outside 1–500, naming the field, and prints nothing', async () => {
      const before = await t.ctx.db
        .selectFrom('paper_forms')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      for (const count of [0, 501, 'ten', 2.5]) {
        const res = await print(count)
        expect(res.status, String(count)).toBe(400)
        expect(res.body.error.fields).toHaveProperty('count')
      }
      const after = await t.ctx.db
        .selectFrom('paper_forms')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      expect(Number(after.n)).toBe(Number(before.n))
    })

    it('lets unit managers print for their own units only; surveyors and others print nothing', async () => {
      expect((await print(1, manager)).status).toBe(200)
      expect((await print(1, manager, other)).status).toBe(403)
      expect((await print(1, first)).status).toBe(403)
      expect((await call('GET', `/campaigns/${fixture.campaignId}/units/${other.agencyId}/paper-forms?count=1`, admin)).status).toBe(404)
    })

    it('never stores a serial twice: 500 forms have 500 serials, and the table refuses a copy', async () => {
      const serials = await printSerials(500)
      expect(new Set(serials).size).toBe(500)
      const copy = t.ctx.db
        .insertInto('paper_forms')
        .values({ serial: serials[0]!.replace('-', ''), batch: 'copy', campaign_id: fixture.campaignId, agency_id: fixture.agencyId, created_by: admin.id })
        .execute()
      await expect(copy).rejects.toThrow()
    })
  })

  describe('double entry', () => {
    it('counts a form once two different accounts agree: one paper response with the first enterer and their organisation, in the indices', async () => {
      const [serial] = await printSerials(1)
      const once = await enter(serial!, first)
      expect(once.status).toBe(201)
      expect(once.body).toMatchObject({ state: 'entered_once', responseId: null, mismatches: [] })
      expect(await paperResponses()).toHaveLength(0)

      const again = await enter(serial!, first)
      expect(again.status).toBe(409)
      expect(again.body.error.code).toBe('entered_by_you')

      // typed in lower case without the dash, the order of expectations as the clerk typed them
      const twice = await enter(serial!.toLowerCase().replace('-', ''), second, form({ expectations: ['online', 'faster'] }))
      expect(twice.status).toBe(201)
      const outcome = twice.body as PaperFormOutcome
      expect(outcome.state).toBe('counted')
      const stored = await paperResponses()
      expect(stored).toHaveLength(1)
      expect(stored[0]).toMatchObject({
        id: outcome.responseId,
        channel: 'paper',
        link_id: null,
        surveyor_id: first.id,
        organisation_id: organisationId,
        agency_id: fixture.agencyId,
        questionnaire_id: fixture.questionnaireId,
        overall: 4,
        gave_feedback: true,
        service_field: 'land',
      })
      expect(stored[0]!.answers).toEqual({ 'staff.polite': 4, 'staff.listened': 5, 'feedback.easy': 3 })

      await t.ctx.rollupApplier.applyPending()
      const timeline = (await call('GET', `/campaigns/${fixture.campaignId}/indices/timeline`, admin)).body as Timeline
      expect(timeline.points.reduce((sum, p) => sum + p.responses, 0)).toBe(1)

      const spent = await enter(serial!, third)
      expect(spent.status).toBe(409)
      expect(spent.body.error.code).toBe('serial_spent')
      expect(spent.body.error.message).toContain(serial)
      expect(await paperResponses()).toHaveLength(1)
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'paper_form')
        .where('entity_id', '=', serial!.replace('-', ''))
        .orderBy('id')
        .execute()
      expect(audit.map((a) => [a.user_id, a.action, (a.details as { state: string }).state])).toEqual([
        [first.id, 'enter', 'entered_once'],
        [second.id, 'enter', 'counted'],
      ])
    })

    it('lists differing answers side by side; a third person resolves them against the paper and the form counts once', async () => {
      const before = (await paperResponses()).length
      const [serial] = await printSerials(1)
      expect((await enter(serial!, first)).status).toBe(201)
      const differing = await enter(serial!, second, form({ answers: { 'staff.polite': 2, 'staff.listened': 5, 'feedback.easy': 3 }, demographics: {} }))
      expect(differing.status).toBe(201)
      expect(differing.body).toMatchObject({
        state: 'mismatch',
        responseId: null,
        mismatches: [
          { field: 'answers.staff.polite', first: 4, second: 2 },
          { field: 'demographics.gender', first: 'female', second: null },
        ],
      })
      expect(await paperResponses()).toHaveLength(before)

      const listed = await call('GET', '/paper-forms?state=mismatch', third)
      expect(listed.body).toContainEqual(expect.objectContaining({ serial: serial!.replace('-', ''), enteredBy: [expect.any(String), expect.any(String)] }))
      const shown = (await call('GET', `/paper-forms/${serial}`, third)).body as PaperForm
      expect(shown.state).toBe('mismatch')
      expect(shown.mismatches.map((m) => m.field)).toEqual(['answers.staff.polite', 'demographics.gender'])
      expect(shown.entries.map((e) => e.userId)).toEqual([first.id, second.id])

      const late = await enter(serial!, third)
      expect(late.body.error.code).toBe('awaiting_resolution')
      const byEnterer = await call('POST', `/paper-forms/${serial}/resolution`, first, {
        values: { 'answers.staff.polite': 4, 'demographics.gender': 'female' },
      })
      expect(byEnterer.body.error.code).toBe('entered_by_you')
      const missing = await call('POST', `/paper-forms/${serial}/resolution`, third, { values: { 'answers.staff.polite': 4 } })
      expect(missing.status).toBe(400)
      expect(missing.body.error.fields).toHaveProperty(['values.demographics.gender'])
      const agreed = await call('POST', `/paper-forms/${serial}/resolution`, third, {
        values: { 'answers.staff.polite': 4, 'demographics.gender': 'female', overall: 1 },
      })
      expect(agreed.status).toBe(400)
      expect(agreed.body.error.fields).toHaveProperty(['values.overall'])
      const outside = await call('POST', `/paper-forms/${serial}/resolution`, third, { values: { 'answers.staff.polite': 9, 'demographics.gender': 'female' } })
      expect(outside.status).toBe(400)
      expect(outside.body.error.fields).toHaveProperty(['answers.staff.polite'])
      expect(await paperResponses()).toHaveLength(before)

      const resolved = await call('POST', `/paper-forms/${serial}/resolution`, third, {
        values: { 'answers.staff.polite': 3, 'demographics.gender': 'female' },
      })
      expect(resolved.status).toBe(201)
      expect(resolved.body.state).toBe('counted')
      const stored = (await paperResponses()).find((r) => r.id === resolved.body.responseId)!
      expect(stored.answers).toEqual({ 'staff.polite': 3, 'staff.listened': 5, 'feedback.easy': 3 })
      expect(stored.demographics).toEqual({ gender: 'female' })
      expect(stored.surveyor_id).toBe(first.id)
      expect(await paperResponses()).toHaveLength(before + 1)
      const form_ = await t.ctx.db.selectFrom('paper_forms').selectAll().where('serial', '=', serial!.replace('-', '')).executeTakeFirstOrThrow()
      expect(form_).toMatchObject({ response_id: stored.id, resolved_by: third.id })

      const replay = await call('POST', `/paper-forms/${serial}/resolution`, admin, { values: { 'answers.staff.polite': 3, 'demographics.gender': 'female' } })
      expect(replay.body.error.code).toBe('serial_spent')
      expect(await paperResponses()).toHaveLength(before + 1)
      expect((await call('GET', '/paper-forms?state=mismatch', admin)).body.map((f: { serial: string }) => f.serial)).not.toContain(serial!.replace('-', ''))
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'paper_form')
        .where('action', '=', 'resolve')
        .where('entity_id', '=', serial!.replace('-', ''))
        .execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ user_id: third.id })
    })

    it('two agreeing second entries sent at once store one response', async () => {
      const before = (await paperResponses()).length
      const [serial] = await printSerials(1)
      expect((await enter(serial!, first)).status).toBe(201)
      const results = await Promise.all([enter(serial!, second), enter(serial!, third), enter(serial!, admin)])
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409])
      expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['serial_spent', 'serial_spent'])
      expect(await paperResponses()).toHaveLength(before + 1)
      const entries = await entriesOf(serial!)
      expect(entries).toHaveLength(2)
    })
  })

  describe('refusals store nothing', () => {
    it('an unknown or malformed serial is refused with a clear message', async () => {
      for (const serial of ['ZZZZ-ZZZZ', 'nope', '12345678901']) {
        const res = await enter(serial, first)
        expect(res.status, serial).toBe(404)
        expect(res.body.error.code).toBe('unknown_serial')
        expect(res.body.error.message).toMatch(/No paper form has the number/)
        expect((await call('GET', `/paper-forms/${serial}`, first)).status).toBe(404)
      }
    })

    it('an answer outside the scale is refused naming the field', async () => {
      const [serial] = await printSerials(1)
      const res = await enter(serial!, first, form({ answers: { 'staff.polite': 7 }, overall: 0 }))
      expect(res.status).toBe(400)
      expect(res.body.error.fields).toHaveProperty(['answers.staff.polite'])
      expect(res.body.error.fields).toHaveProperty(['overall'])
      const unknown = await enter(serial!, first, form({ demographics: { gender: 'other' } }))
      expect(unknown.body.error.fields).toHaveProperty(['demographics.gender'])
      expect(await entriesOf(serial!)).toHaveLength(0)
    })

    it('a surveyor of another campaign gets 403, and so do unit managers', async () => {
      const [serial] = await printSerials(1)
      for (const user of [outsider, manager]) {
        expect((await enter(serial!, user)).status).toBe(403)
        expect((await call('GET', `/paper-forms/${serial}`, user)).status).toBe(403)
      }
      expect((await call('GET', '/paper-forms?state=mismatch', outsider)).body).toEqual([])
      expect(await entriesOf(serial!)).toHaveLength(0)
    })

    it('a form of a closed campaign is not entered', async () => {
      const [serial] = await printSerials(1)
      await t.ctx.db.updateTable('campaigns').set({ status: 'closed' }).where('id', '=', fixture.campaignId).execute()
      const res = await enter(serial!, first)
      await t.ctx.db.updateTable('campaigns').set({ status: 'open' }).where('id', '=', fixture.campaignId).execute()
      expect(res.status).toBe(409)
      expect(res.body.error.code).toBe('campaign_not_open')
      expect(formatSerial(serial!.replace('-', ''))).toBe(serial)
    })
  })
})
