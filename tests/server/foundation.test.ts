import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

describe.each(databaseKinds)('foundation on %s', (kind) => {
  const t = useTestApp(kind)

  it('answers /healthz with the database kind', async () => {
    const res = await t.request('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok', database: kind })
  })

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.request('/api/v1/no-such-thing')
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('not_found')
  })

  it('gzips large JSON for clients that accept it, and only for them', async () => {
    const plain = await t.app.request('/api/v1/openapi.json')
    const plainText = await plain.text()
    expect(plain.headers.get('Content-Encoding')).toBeNull()
    expect(plainText.length).toBeGreaterThan(1024)
    const zipped = await t.app.request('/api/v1/openapi.json', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip')
    expect(zipped.headers.get('Vary')).toMatch(/Accept-Encoding/)
    const bytes = Buffer.from(await zipped.arrayBuffer())
    expect(bytes.length).toBeLessThan(plainText.length / 2)
    expect(gunzipSync(bytes).toString('utf8')).toBe(plainText)
    const small = await t.app.request('/healthz', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(small.headers.get('Content-Encoding')).toBeNull()
    expect(await small.json()).toEqual({ status: 'ok', database: kind })
  })

  it('refuses a malformed JSON body with a 400 naming the problem', async () => {
    const res = await t.request('/api/v1/auth/login', { method: 'POST', body: '{"email": "a@b.vn",' })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_json')
  })

  it('refuses a missing field with a 400 naming the field', async () => {
    const res = await t.request('/api/v1/auth/login', { body: { email: 'a@b.vn' } })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('validation_failed')
    expect(Object.keys(res.body.error.fields)).toEqual(['password'])
  })

  it('describes itself as OpenAPI with a reference page listing the operations, without scripts', async () => {
    const spec = await t.request('/api/v1/openapi.json')
    expect(spec.status).toBe(200)
    expect(spec.body.openapi).toBe('3.1.0')
    expect(Object.keys(spec.body.paths)).toContain('/auth/login')
    const docs = await t.request('/api/v1/docs')
    expect(docs.status).toBe(200)
    expect(docs.body).toContain('<code>/auth/login</code>')
    expect(docs.body).not.toContain('<script')
  })

  it('logs in, tells who is logged in, and logs out', async () => {
    const user = await createUserAndLogin(t, 'viewer')
    const me = await t.request('/api/v1/auth/me', { headers: user.headers })
    expect(me.status).toBe(200)
    expect(me.body.email).toBe(user.email)
    expect(me.body.role).toBe('viewer')
    await t.request('/api/v1/auth/logout', { method: 'POST', headers: user.headers })
    expect((await t.request('/api/v1/auth/me', { headers: user.headers })).status).toBe(401)
  })

  it('refuses a wrong password without saying which part was wrong', async () => {
    const user = await createUserAndLogin(t, 'admin')
    const res = await t.request('/api/v1/auth/login', { body: { email: user.email, password: 'sai mật khẩu' } })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('invalid_credentials')
  })

  it('stores Vietnamese text and dates without shifting them', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const campaign = await t.ctx.db.selectFrom('campaigns').selectAll().where('id', '=', fixture.campaignId).executeTakeFirstOrThrow()
    expect(campaign.starts_on).toMatch(/^\d{4}-01-01$/)
    const agency = await t.ctx.db.selectFrom('agencies').select('name').where('id', '=', fixture.agencyId).executeTakeFirstOrThrow()
    expect(agency.name).toMatch(/^Sở Thử nghiệm \d+$/)
  })
})
