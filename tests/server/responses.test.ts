import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { onestop2018 } from '../../shared/questionnaires/templates'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode, postResponse, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

describe.each(databaseKinds)('collecting responses on %s', (kind) => {
  const t = useTestApp(kind)

  async function qrLink() {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    return { ...fixture, admin, code: await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr') }
  }

  const countResponses = async (campaignId: number) =>
    Number(
      (
        await t.ctx.db
          .selectFrom('responses')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('campaign_id', '=', campaignId)
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('stores a valid response and answers 201 with its id', async () => {
    const { code, campaignId } = await qrLink()
    const res = await postResponse(t, code, sampleSubmission())
    expect(res.status).toBe(201)
    expect(typeof res.body.id).toBe('number')
    const row = await t.ctx.db.selectFrom('responses').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      campaign_id: campaignId,
      channel: 'qr',
      overall: 4,
      gave_feedback: false,
      expectations: ['faster'],
      flagged: false,
      verified: false,
    })
    expect(row.answers).toEqual({ 'staff.polite': 4, 'staff.listened': 5 })
    expect(row.submitted_hour.getUTCMinutes()).toBe(0)
    expect(row.submitted_hour.getUTCSeconds()).toBe(0)
  })

  it('refuses answers that do not fit the questionnaire version, naming each field, and stores nothing', async () => {
    const { code, campaignId } = await qrLink()
    const cases: [unknown, string][] = [
      [sampleSubmission({ answers: { 'staff.unknown': 4 } }), 'answers.staff.unknown'],
      [sampleSubmission({ answers: { 'staff.polite': 6 } }), 'answers.staff.polite'],
      [sampleSubmission({ answers: { 'feedback.easy': 5 }, gaveFeedback: false }), 'answers.feedback.easy'],
      [sampleSubmission({ expectations: ['faster', 'online', 'signs'] }), 'expectations'],
      [sampleSubmission({ expectations: ['teleport'] }), 'expectations'],
      [sampleSubmission({ demographics: { gender: 'x' } }), 'demographics.gender'],
      [sampleSubmission({ overall: 9 }), 'overall'],
      [sampleSubmission({ serviceField: 'space' }), 'serviceField'],
      [sampleSubmission({ comment: 'x'.repeat(2001) }), 'comment'],
      [{ ...sampleSubmission(), clientId: 'not-a-uuid' }, 'clientId'],
    ]
    for (const [body, field] of cases) {
      const res = await postResponse(t, code, body)
      expect(res.status, field).toBe(400)
      expect(Object.keys(res.body.error.fields), field).toContain(field)
    }
    expect(await countResponses(campaignId)).toBe(0)
  })

  it('accepts element 5 answers from people who gave feedback', async () => {
    const { code } = await qrLink()
    const res = await postResponse(t, code, sampleSubmission({ gaveFeedback: true, answers: { 'feedback.easy': 2, 'staff.polite': null } }))
    expect(res.status).toBe(201)
  })

  it('stores a replayed clientId once: 200 with the same id, sequentially and concurrently', async () => {
    const { code, campaignId } = await qrLink()
    const body = sampleSubmission()
    const first = await postResponse(t, code, body)
    const again = await postResponse(t, code, body)
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)

    const concurrent = sampleSubmission()
    const results = await Promise.all(Array.from({ length: 8 }, () => postResponse(t, code, concurrent)))
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1)
    expect(await countResponses(campaignId)).toBe(2)
  })

  it('writes concurrent answers in far fewer transactions than answers (group commit)', async () => {
    const { code, campaignId } = await qrLink()
    const before = t.ctx.responseWriter.transactions
    const results = await Promise.all(
      Array.from({ length: 50 }, () => postResponse(t, code, sampleSubmission({ answers: { 'staff.polite': 1 + Math.floor(Math.random() * 5) } }))),
    )
    expect(results.every((r) => r.status === 201)).toBe(true)
    expect(t.ctx.responseWriter.transactions - before).toBeLessThan(25)
    expect(await countResponses(campaignId)).toBe(50)
  })

  it('keeps no IP address or user agent with a response', async () => {
    const { code } = await qrLink()
    const res = await postResponse(t, code, sampleSubmission(), { 'X-Forwarded-For': '203.0.113.77', 'User-Agent': 'Mozilla/5.0 TestPhone/9.9' })
    const row = await t.ctx.db.selectFrom('responses').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow()
    const stored = JSON.stringify(row)
    expect(stored).not.toContain('203.0.113.77')
    expect(stored).not.toContain('TestPhone')
    const columns = Object.keys(row)
    for (const forbidden of ['ip', 'ip_address', 'user_agent', 'fingerprint', 'answered_at']) expect(columns).not.toContain(forbidden)
  })

  it('answers 410 for a revoked link, a closed campaign and a period that is over', async () => {
    const { code, admin, campaignId } = await qrLink()
    expect((await t.request(`/api/v1/links/${code}/revoke`, { method: 'POST', headers: admin.headers })).status).toBe(200)
    const revoked = await postResponse(t, code, sampleSubmission())
    expect(revoked.status).toBe(410)
    expect(revoked.body.error.code).toBe('link_revoked')

    const other = await qrLink()
    await t.ctx.db.updateTable('campaigns').set({ status: 'closed' }).where('id', '=', other.campaignId).execute()
    expect((await postResponse(t, other.code, sampleSubmission())).body.error.code).toBe('survey_closed')
    expect((await t.request(`/api/v1/public/surveys/${other.code}`)).status).toBe(410)

    const past = await qrLink()
    await t.ctx.db.updateTable('campaigns').set({ starts_on: '2020-01-01', ends_on: '2020-12-31', year: 2020 }).where('id', '=', past.campaignId).execute()
    const ended = await postResponse(t, past.code, sampleSubmission())
    expect(ended.status).toBe(410)
    expect(ended.body.error.code).toBe('survey_closed')
    expect(await countResponses(campaignId)).toBe(0)
  })

  it('keeps an answer inside the kiosk interval, flagged too_frequent, judged on when it was answered', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'kiosk')
    await t.ctx.db
      .updateTable('survey_links')
      .set({ created_at: new Date(Date.now() - 2 * 3600_000) })
      .where('code', '=', code)
      .execute()
    t.ctx.surveyLinks.forget()
    const start = Date.now() - 3600_000
    const at = (minute: number, second = 0) => new Date(start + minute * 60_000 + second * 1000).toISOString()
    const flags = async (id: number) => t.ctx.db.selectFrom('responses').select(['flagged', 'flag_reason']).where('id', '=', id).executeTakeFirstOrThrow()

    expect((await postResponse(t, code, sampleSubmission({ answeredAt: at(0) }))).status).toBe(201)
    const tooSoon = await postResponse(t, code, sampleSubmission({ answeredAt: at(0, 5) }))
    expect(tooSoon.status).toBe(201)
    expect(await flags(tooSoon.body.id)).toEqual({ flagged: true, flag_reason: 'too_frequent' })
    // a queue synced after an outage: answers given minutes apart all arrive at once
    const queued = [1, 2, 3].map((minute) => sampleSubmission({ answeredAt: at(minute), answers: { 'staff.polite': minute } }))
    const synced = await Promise.all(queued.map((body) => postResponse(t, code, body)))
    expect(synced.map((r) => r.status)).toEqual([201, 201, 201])
    for (const r of synced) expect(await flags(r.body.id)).toEqual({ flagged: false, flag_reason: null })
    // replaying an accepted answer is not "too frequent"
    expect((await postResponse(t, code, queued[0])).status).toBe(200)
    expect(await countResponses(fixture.campaignId)).toBe(5)
  })

  it('flags a burst of identical answers from one link, and keeps every one', async () => {
    const { code, campaignId } = await qrLink()
    const allVerySatisfied = { 'staff.polite': 5, 'staff.listened': 5 }
    for (let i = 0; i < 6; i++) expect((await postResponse(t, code, sampleSubmission({ answers: allVerySatisfied, overall: 5 }))).status).toBe(201)
    expect((await postResponse(t, code, sampleSubmission({ answers: { 'staff.polite': 3, 'staff.listened': 4 } }))).status).toBe(201)
    const rows = await t.ctx.db.selectFrom('responses').select(['flagged', 'flag_reason']).where('campaign_id', '=', campaignId).orderBy('id').execute()
    expect(rows).toHaveLength(7)
    expect(rows.map((r) => r.flagged)).toEqual([false, false, false, false, true, true, false])
    expect(rows[4]!.flag_reason).toBe('burst')
  })

  it('marks a response sent with a receipt code verified and spends the code', async () => {
    const { code, admin, campaignId, agencyId } = await qrLink()
    const batch = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/receipts`, { body: { count: 3, linkCode: code }, headers: admin.headers })
    expect(batch.status).toBe(201)
    expect(batch.body.receipts).toHaveLength(3)
    const receipt = batch.body.receipts[0]
    expect(receipt.url).toContain(`/s/${code}?r=${receipt.code}`)
    const stored = await t.ctx.db.selectFrom('receipt_codes').selectAll().where('batch', '=', batch.body.batch).execute()
    expect(JSON.stringify(stored)).not.toContain(receipt.code)

    const verified = await postResponse(t, code, sampleSubmission({ receiptCode: receipt.code.toLowerCase() }))
    expect(verified.status).toBe(201)
    const row = await t.ctx.db.selectFrom('responses').select('verified').where('id', '=', verified.body.id).executeTakeFirstOrThrow()
    expect(row.verified).toBe(true)

    expect(verified.body.receipt).toBe('verified')
  })

  it('stores an answer with an unknown or spent receipt code, unverified, and says so', async () => {
    const { code, admin, campaignId, agencyId } = await qrLink()
    const batch = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/receipts`, { body: { count: 1, linkCode: code }, headers: admin.headers })
    const receipt = batch.body.receipts[0].code
    expect((await postResponse(t, code, sampleSubmission({ receiptCode: receipt }))).body.receipt).toBe('verified')

    const spentBody = sampleSubmission({ receiptCode: receipt })
    const unknownBody = sampleSubmission({ receiptCode: 'AAAA-BBBB-CCCC' })
    for (const body of [spentBody, unknownBody]) {
      const res = await postResponse(t, code, body)
      expect(res.status).toBe(201)
      expect(res.body).toEqual({ id: expect.any(Number), clientId: body.clientId, receipt: 'unverified', followUpCode: null })
      const row = await t.ctx.db.selectFrom('responses').select(['verified', 'flagged']).where('id', '=', res.body.id).executeTakeFirstOrThrow()
      expect(row).toEqual({ verified: false, flagged: false })
      // the replay tells the same
      expect((await postResponse(t, code, body)).body).toEqual({ ...res.body, receipt: 'unverified' })
    }
    expect((await postResponse(t, code, sampleSubmission())).body.receipt).toBe('none')
    expect(await countResponses(campaignId)).toBe(4)
  })

  it('takes one-stop desk answers in points (0–2) and the 3-level overall rating', async () => {
    const fixture = await createSurveyFixture(t.ctx.db, { definition: onestop2018.definition, scoring: 'points', kind: 'onestop2018' })
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr')
    const keys = onestop2018.definition.elements.flatMap((e) => e.criteria.map((c) => c.key))
    const answers = Object.fromEntries(keys.map((key, i) => [key, i % 3]))
    const overall = onestop2018.definition.overall!.scale.at(-1)!.value
    const ok = await postResponse(t, code, { clientId: randomUUID(), answers, overall })
    expect(ok.status).toBe(201)
    const outOfScale = await postResponse(t, code, { clientId: randomUUID(), answers: { [keys[0]!]: 3 } })
    expect(outOfScale.status).toBe(400)
    expect(outOfScale.body.error.fields).toHaveProperty(`answers.${keys[0]}`)
  })
})
