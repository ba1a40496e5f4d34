import { describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/auth/passwords'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

describe.each(databaseKinds)('interview mode (field API) on %s', (kind) => {
  const t = useTestApp(kind, { burstMinIdentical: 3, burstWindowSeconds: 600 })
  let counter = 0

  /** A surveyor of an organisation, logged in on a device; `cookie` is the device session's. */
  async function surveyorDevice(options: { organisation?: string } = {}) {
    counter += 1
    const email = `surveyor.${counter}.${Date.now()}@field.test`
    const password = `mật-khẩu-phỏng-vấn-${counter}`
    const organisation = await t.ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', options.organisation ?? 'Ủy ban MTTQ Việt Nam tỉnh')
      .executeTakeFirstOrThrow()
    const { id } = await t.ctx.db
      .insertInto('users')
      .values({
        email,
        name: `Điều tra viên ${counter}`,
        password_hash: await hashPassword(password),
        role: 'surveyor',
        agency_id: null,
        organisation_id: organisation.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const login = await t.request('/api/v1/field/sessions', { body: { email, password, deviceLabel: `Máy tính bảng ${counter}` } })
    expect(login.status).toBe(201)
    const setCookie = login.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/hl_device=.*Path=\/api\/v1\/field/)
    return { id, organisationId: organisation.id, login: login.body, headers: { Cookie: setCookie.split(';')[0]! } }
  }

  async function assigned() {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const surveyor = await surveyorDevice()
    const team = await t.request(`/api/v1/campaigns/${fixture.campaignId}/team`, { method: 'PUT', body: { userIds: [surveyor.id] }, headers: admin.headers })
    expect(team.status).toBe(200)
    return { ...fixture, admin, surveyor }
  }

  const send = (headers: Record<string, string>, body: unknown) => t.request('/api/v1/field/responses', { method: 'POST', body, headers })
  const interviews = (campaignId: number) =>
    t.ctx.db.selectFrom('responses').selectAll().where('campaign_id', '=', campaignId).where('channel', '=', 'interview').execute()

  it('logs a device in for 14 days and gives it the team’s campaigns, units and questionnaires in both languages', async () => {
    const { campaignId, agencyId, surveyor } = await assigned()
    const days = (Date.parse(surveyor.login.expiresAt) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(13.9)
    expect(days).toBeLessThanOrEqual(14)
    expect(surveyor.login.surveyor.organisationName).toBe('Ủy ban MTTQ Việt Nam tỉnh')
    const bundle = await t.request('/api/v1/field/bundle', { headers: surveyor.headers })
    expect(bundle.status).toBe(200)
    expect(bundle.body.campaigns).toHaveLength(1)
    const [campaign] = bundle.body.campaigns
    expect(campaign.id).toBe(campaignId)
    expect(campaign.units).toEqual([{ id: agencyId, name: expect.any(String) }])
    expect(campaign.questionnaire.vi.elements[0].label).toBe('Công chức')
    expect(campaign.questionnaire.en.elements[0].label).toBe('Civil servants')
    // the admin app's cookie is not a device session, and a device session opens nothing of the admin API
    const admin = await createUserAndLogin(t, 'admin')
    expect((await t.request('/api/v1/field/bundle', { headers: admin.headers })).status).toBe(401)
    expect((await t.request('/api/v1/campaigns', { headers: surveyor.headers })).status).toBe(401)
  })

  it('stores interviews with the channel, the surveyor and their organisation, exactly once on a resend', async () => {
    const { campaignId, agencyId, admin, surveyor } = await assigned()
    const batch = {
      campaignId,
      agencyId,
      responses: [sampleSubmission({ answeredAt: new Date().toISOString() }), sampleSubmission({ answers: { 'staff.polite': 2, 'staff.listened': 3 } })],
    }
    const first = await send(surveyor.headers, batch)
    expect(first.status).toBe(201)
    expect(first.body.responses.map((r: { clientId: string }) => r.clientId)).toEqual(batch.responses.map((r) => r.clientId))
    const again = await send(surveyor.headers, batch)
    expect(again.status).toBe(200)
    expect(again.body.responses.map((r: { id: number }) => r.id)).toEqual(first.body.responses.map((r: { id: number }) => r.id))
    const rows = await interviews(campaignId)
    expect(rows).toHaveLength(2)
    // admins see how many each surveyor recorded; nobody else does
    const perSurveyor = await t.request(`/api/v1/campaigns/${campaignId}/team/interviews`, { headers: admin.headers })
    expect(perSurveyor.body).toEqual([{ surveyorId: surveyor.id, interviews: 2, flagged: 0 }])
    const viewer = await createUserAndLogin(t, 'viewer')
    expect((await t.request(`/api/v1/campaigns/${campaignId}/team/interviews`, { headers: viewer.headers })).status).toBe(403)
    for (const row of rows) {
      expect(row).toMatchObject({
        channel: 'interview',
        agency_id: agencyId,
        link_id: null,
        surveyor_id: surveyor.id,
        organisation_id: surveyor.organisationId,
        flagged: false,
      })
    }
  })

  it('masks personal data out of an interview’s comment and opens no feedback case (the citizen leaves with no follow-up code)', async () => {
    const { campaignId, agencyId, surveyor } = await assigned()
    const submission = sampleSubmission({ overall: 1, comment: 'Gọi tôi 0912 345 678', wantsReply: true })
    const res = await send(surveyor.headers, { campaignId, agencyId, responses: [submission] })
    expect(res.status).toBe(201)
    const id = res.body.responses[0].id
    const row = await t.ctx.db.selectFrom('responses').select(['comment', 'comment_masks']).where('id', '=', id).executeTakeFirstOrThrow()
    expect(row).toEqual({ comment: 'Gọi tôi [số điện thoại đã ẩn]', comment_masks: 1 })
    expect(await t.ctx.db.selectFrom('feedback_cases').select('id').where('response_id', '=', id).execute()).toEqual([])
  })

  it('refuses a surveyor who is not on the campaign’s team, and a unit outside the campaign (403), storing nothing', async () => {
    const { campaignId, agencyId, surveyor } = await assigned()
    const other = await createSurveyFixture(t.ctx.db)
    const stranger = await surveyorDevice()
    const notOnTeam = await send(stranger.headers, { campaignId, agencyId, responses: [sampleSubmission()] })
    expect(notOnTeam.status).toBe(403)
    const otherUnit = await send(surveyor.headers, { campaignId, agencyId: other.agencyId, responses: [sampleSubmission()] })
    expect(otherUnit.status).toBe(403)
    const otherCampaign = await send(surveyor.headers, { campaignId: other.campaignId, agencyId: other.agencyId, responses: [sampleSubmission()] })
    expect(otherCampaign.status).toBe(403)
    expect((await t.request('/api/v1/field/bundle', { headers: stranger.headers })).body.campaigns).toEqual([])
    expect(await interviews(campaignId)).toHaveLength(0)
    expect(await interviews(other.campaignId)).toHaveLength(0)
  })

  it('refuses a batch with an answer outside the scale, naming the field, and stores none of it', async () => {
    const { campaignId, agencyId, surveyor } = await assigned()
    const res = await send(surveyor.headers, {
      campaignId,
      agencyId,
      responses: [sampleSubmission(), sampleSubmission({ answers: { 'staff.polite': 7, 'staff.listened': 4 } })],
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields)).toEqual(['responses.1.answers.staff.polite'])
    expect(await interviews(campaignId)).toHaveLength(0)
  })

  it('lists device sessions for admins; a revoked one is refused with a clear error, stores nothing, and is audited', async () => {
    const { campaignId, agencyId, admin, surveyor } = await assigned()
    const listed = await t.request('/api/v1/device-sessions', { headers: admin.headers })
    expect(listed.status).toBe(200)
    const session = listed.body.find((s: { userId: number }) => s.userId === surveyor.id)
    expect(session).toMatchObject({ organisationName: 'Ủy ban MTTQ Việt Nam tỉnh', label: expect.stringMatching(/^Máy tính bảng/), revokedAt: null })
    const viewer = await createUserAndLogin(t, 'viewer')
    expect((await t.request('/api/v1/device-sessions', { headers: viewer.headers })).status).toBe(403)
    expect((await t.request(`/api/v1/device-sessions/${session.id}/revoke`, { method: 'POST', headers: viewer.headers })).status).toBe(403)

    const revoked = await t.request(`/api/v1/device-sessions/${session.id}/revoke`, { method: 'POST', headers: admin.headers })
    expect(revoked.status).toBe(204)
    const refused = await send(surveyor.headers, { campaignId, agencyId, responses: [sampleSubmission()] })
    expect(refused.status).toBe(401)
    expect(refused.body.error.code).toBe('device_session_revoked')
    expect(refused.body.error.message).toMatch(/revoked/)
    expect(await interviews(campaignId)).toHaveLength(0)
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'device_session').where('action', '=', 'revoke').execute()
    expect(audit.map((a) => [a.user_id, a.entity_id])).toContainEqual([admin.id, String(session.id)])
    const after = await t.request('/api/v1/device-sessions', { headers: admin.headers })
    expect(after.body.find((s: { id: number }) => s.id === session.id).revokedAt).not.toBeNull()
  })

  it('refuses an expired device session with its own code, storing nothing', async () => {
    const { campaignId, agencyId, surveyor } = await assigned()
    await t.ctx.db
      .updateTable('device_sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', surveyor.id)
      .execute()
    const refused = await send(surveyor.headers, { campaignId, agencyId, responses: [sampleSubmission()] })
    expect(refused.status).toBe(401)
    expect(refused.body.error.code).toBe('device_session_expired')
    expect(await interviews(campaignId)).toHaveLength(0)
  })

  it('flags a burst of identical interviews by one surveyor, as kiosk bursts are, and applies no kiosk interval', async () => {
    const { campaignId, agencyId, surveyor } = await assigned()
    const same = { answers: { 'staff.polite': 5, 'staff.listened': 5 }, overall: 5 }
    const res = await send(surveyor.headers, { campaignId, agencyId, responses: [1, 2, 3, 4].map(() => sampleSubmission(same)) })
    expect(res.status).toBe(201)
    const rows = await interviews(campaignId)
    expect(rows.map((r) => r.flag_reason).sort()).toEqual(['burst', 'burst', null, null])
    // different answers in quick succession are not flagged: interviews have no kiosk interval
    const varied = await send(surveyor.headers, {
      campaignId,
      agencyId,
      responses: [1, 2, 3].map((value) => sampleSubmission({ answers: { 'staff.polite': value, 'staff.listened': 4 } })),
    })
    expect(varied.status).toBe(201)
    expect((await interviews(campaignId)).filter((r) => !r.flagged)).toHaveLength(5)
  })
})
