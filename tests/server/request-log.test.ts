import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { createLogger } from '../../server/log'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

describe.each(databaseKinds)('request log on %s', (kind) => {
  const t = useTestApp(kind)

  it('logs the public survey routes without the link code', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr')
    const lines: string[] = []
    const app = createApp({ ...t.ctx, log: createLogger('info', (line) => lines.push(line)) })

    const posted = await app.request(`/api/v1/public/surveys/${code}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(sampleSubmission()),
    })
    expect(posted.status).toBe(201)
    expect((await app.request(`/api/v1/public/surveys/${code}`)).status).toBe(200)
    await app.request(`/s/${code}`)
    await app.request(`/k/${code}/`)

    const paths = lines.map((line) => JSON.parse(line)).map((entry) => entry.path)
    expect(paths).toEqual(['/api/v1/public/surveys/:code/responses', '/api/v1/public/surveys/:code', '/s/:code', '/k/:code/'])
    expect(lines.join('\n')).not.toContain(code)
  })
})
