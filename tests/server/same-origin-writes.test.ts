import { beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { createLinkCode, postResponse, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'

// The test app's PUBLIC_URL is http://localhost:3000 (loadConfig's default).
const OWN = { Host: 'localhost:3000', Origin: 'http://localhost:3000' }
const OTHER_PORT = { Host: 'localhost:3000', Origin: 'http://localhost:4000' }

async function linkSetup(t: TestApp) {
  const fixture = await createSurveyFixture(t.ctx.db)
  const admin = await createUserAndLogin(t, 'admin')
  return { fixture, admin, code: await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr') }
}

describe.each(databaseKinds)('cross-origin writes on %s', (kind) => {
  const t = useTestApp(kind)
  let fixture: SurveyFixture
  let admin: LoggedInUser
  let code: string
  const revokedAt = async () => (await t.ctx.db.selectFrom('survey_links').select('revoked_at').where('code', '=', code).executeTakeFirstOrThrow()).revoked_at

  beforeAll(async () => {
    ;({ fixture, admin, code } = await linkSetup(t))
  })

  it.each([
    ['a page on another port of the same host', OTHER_PORT],
    ['another site', { Host: 'localhost:3000', Origin: 'https://evil.example' }],
    ['an opaque origin', { Host: 'localhost:3000', Origin: 'null' }],
    ['a same-site page per Sec-Fetch-Site', { Host: 'localhost:3000', 'Sec-Fetch-Site': 'same-site' }],
    ['a cross-site page per Sec-Fetch-Site', { Host: 'localhost:3000', 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a body-less revoke from %s with 403 JSON and changes nothing', async (_from, headers) => {
    const res = await t.request(`/api/v1/links/${code}/revoke`, { method: 'POST', headers: { ...admin.headers, ...headers } })
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(res.body.error.code).toBe('cross_origin_request')
    expect(await revokedAt()).toBeNull()
  })

  it('refuses a cross-origin publish, logout and receipts form, and keeps the session', async () => {
    const draft = (await t.request('/api/v1/questionnaires', { body: { basedOnId: fixture.questionnaireId }, headers: admin.headers })).body.id
    const publish = await t.request(`/api/v1/questionnaires/${draft}/publish`, { method: 'POST', headers: { ...admin.headers, ...OTHER_PORT } })
    expect(publish.status).toBe(403)
    expect((await t.ctx.db.selectFrom('questionnaires').select('status').where('id', '=', draft).executeTakeFirstOrThrow()).status).toBe('draft')

    const logout = await t.request('/api/v1/auth/logout', { method: 'POST', headers: { ...admin.headers, ...OTHER_PORT } })
    expect(logout.status).toBe(403)
    expect((await t.request('/api/v1/auth/me', { headers: admin.headers })).status).toBe(200)

    const receipts = await t.request(`/posters/${code}/receipts`, {
      method: 'POST',
      body: 'count=3',
      headers: { ...admin.headers, ...OTHER_PORT, 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(receipts.status).toBe(403)
    expect(receipts.body.error.code).toBe('cross_origin_request')
    expect(await t.ctx.db.selectFrom('receipt_codes').select('code_hash').where('campaign_id', '=', fixture.campaignId).execute()).toEqual([])
  })

  it('accepts the same requests from the same origin, and from clients that send neither header (curl, scripts)', async () => {
    const receipts = await t.request(`/posters/${code}/receipts`, {
      method: 'POST',
      body: 'count=2',
      headers: { ...admin.headers, ...OWN, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(receipts.status).toBe(200)
    const answer = await postResponse(t, code, sampleSubmission(), OWN)
    expect(answer.status).toBe(201)
    const revoked = await t.request(`/api/v1/links/${code}/revoke`, { method: 'POST', headers: { ...admin.headers, ...OWN } })
    expect(revoked.status).toBe(200)
    expect(await revokedAt()).not.toBeNull()
    const second = await linkSetup(t)
    expect((await t.request(`/api/v1/links/${second.code}/revoke`, { method: 'POST', headers: second.admin.headers })).status).toBe(200)
  })

  it('leaves reads alone whatever their origin', async () => {
    expect((await t.request(`/api/v1/campaigns/${fixture.campaignId}`, { headers: { ...admin.headers, ...OTHER_PORT } })).status).toBe(200)
  })
})

describe.each(databaseKinds)('the public survey behind a reverse proxy on %s', (kind) => {
  const t = useTestApp(kind, { publicUrl: 'https://hailong.sonla.gov.vn' })

  it('accepts answers from the public origin whether or not the proxy passes the Host on', async () => {
    const { code } = await linkSetup(t)
    const origin = { Origin: 'https://hailong.sonla.gov.vn', 'Sec-Fetch-Site': 'same-origin' }
    expect((await postResponse(t, code, sampleSubmission(), { ...origin, Host: '127.0.0.1:3000' })).status).toBe(201)
    expect((await postResponse(t, code, sampleSubmission(), { ...origin, Host: 'hailong.sonla.gov.vn' })).status).toBe(201)
    // a kiosk that reaches the server on its LAN address, not through the proxy
    expect((await postResponse(t, code, sampleSubmission(), { Origin: 'http://10.1.2.3:3000', Host: '10.1.2.3:3000' })).status).toBe(201)
    const refused = await postResponse(t, code, sampleSubmission(), { Origin: 'https://other.sonla.gov.vn', Host: '127.0.0.1:3000' })
    expect(refused.status).toBe(403)
  })
})
