import { describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

/** `Content-Security-Policy` as directive → sources. */
function directives(csp: string | null): Record<string, string[]> {
  expect(csp).toBeTruthy()
  return Object.fromEntries(
    csp!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  )
}

describe.each(databaseKinds)('security headers on %s', (kind) => {
  const t = useTestApp(kind)

  it('sends them on every kind of response: pages, API answers, errors, health', async () => {
    const responses = [
      await t.request('/admin'),
      await t.request('/s/ABCDEFGH'),
      await t.request('/api/v1/campaigns'),
      await t.request('/api/v1/no-such-thing'),
      await t.request('/api/v1/auth/logout', { method: 'POST', headers: { Origin: 'https://evil.example' } }),
      await t.request('/healthz'),
    ]
    expect(responses.map((r) => r.status)).toEqual([expect.any(Number), expect.any(Number), 401, 404, 403, 200])
    for (const { headers } of responses) {
      expect(headers.get('x-frame-options')).toBe('DENY')
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('same-origin')
      const csp = directives(headers.get('content-security-policy'))
      expect(csp['default-src']).toEqual(["'self'"])
      expect(csp['script-src']).toEqual(["'self'"])
      expect(csp['style-src']).toEqual(["'self'"])
      expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:'])
      expect(csp['media-src']).toEqual(["'self'", 'blob:'])
      expect(csp['frame-ancestors']).toEqual(["'none'"])
      expect(csp['object-src']).toEqual(["'none'"])
    }
  })

  it('lets the printable posters use their <style> but run no script', async () => {
    const { campaignId, agencyId } = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, campaignId, agencyId, 'qr')
    const poster = await t.request(`/posters/${code}`, { headers: admin.headers })
    expect(poster.status).toBe(200)
    const csp = directives(poster.headers.get('content-security-policy'))
    expect(csp['style-src']).toEqual(["'unsafe-inline'"])
    expect(csp['script-src']).toEqual(["'none'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
  })

  it('gives the API reference page, a server-rendered table without scripts, the base policy', async () => {
    const docs = await t.request('/api/v1/docs')
    expect(docs.status).toBe(200)
    const csp = directives(docs.headers.get('content-security-policy'))
    expect(csp['script-src']).toEqual(["'self'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(docs.headers.get('x-frame-options')).toBe('DENY')
    expect(directives((await t.request('/api/v1/openapi.json')).headers.get('content-security-policy'))['script-src']).toEqual(["'self'"])
  })
})
