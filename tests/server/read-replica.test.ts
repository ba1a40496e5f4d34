import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config'
import { Database } from '../../server/db/database'
import { readingContext } from '../../server/http/context'
import { markRecentWrites } from '../../server/http/recent-writes'
import { buildCampaignBundle } from '../../server/national/build-campaign-bundle'
import { ensureBuiltinQuestionnaires } from '../../server/questionnaires/builtins'
import { type TestApp, useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { parseCsv } from '../helpers/csv'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'
import { insertResponses, times } from '../helpers/indices-responses'

describe('DATABASE_READ_URL in the configuration', () => {
  it('is refused without DATABASE_URL, since the embedded database has no replica', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/hailong' })).toThrow(ConfigError)
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/hailong' })).toThrow(/DATABASE_READ_URL .*set DATABASE_URL too/)
  })

  it('is refused when it is not a postgres:// URL', () => {
    const env = { DATABASE_URL: 'postgres://primary/hailong', DATABASE_READ_URL: 'mysql://replica/hailong' }
    expect(() => loadConfig(env)).toThrow(/DATABASE_READ_URL must start with postgres:\/\/ or postgresql:\/\//)
  })

  it('is read beside DATABASE_URL, and absent by default', () => {
    const env = { DATABASE_URL: 'postgres://primary/hailong', DATABASE_READ_URL: 'postgresql://replica/hailong' }
    expect(loadConfig(env)).toMatchObject({ databaseUrl: env.DATABASE_URL, databaseReadUrl: env.DATABASE_READ_URL })
    expect(loadConfig({}).databaseReadUrl).toBeUndefined()
  })
})

describe('without a read replica (the embedded database)', () => {
  const t = useTestApp('pglite')

  it('reads the results through the primary itself and sets no recent-write cookie', async () => {
    expect(t.ctx.database.replica).toBeUndefined()
    expect(t.ctx.readDb).toBe(t.ctx.db)
    let seen: unknown
    const probe = new Hono().get('/', (c) => {
      seen = readingContext(t.ctx, c)
      return c.text('ok')
    })
    await probe.request('/', { headers: { Cookie: 'hl_wrote=1' } })
    expect(seen).toBe(t.ctx)
    await probe.request('/')
    expect(seen).toBe(t.ctx)

    const admin = await createUserAndLogin(t, 'admin')
    const created = await t.request('/api/v1/agencies', {
      body: { name: 'Sở Tư pháp', code: 'STP-NOREPLICA', kind: 'department', parentId: null },
      headers: admin.headers,
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('set-cookie') ?? '').not.toContain('hl_wrote')
    expect((await t.request('/readyz')).body).toEqual({ status: 'ready' })
  })
})

describe('the recent-write mark', () => {
  it('is set by a change and not by a read, for a few seconds', async () => {
    const app = new Hono().use(markRecentWrites()).all('/', (c) => c.text('ok'))
    expect((await app.request('/')).headers.get('set-cookie')).toBeNull()
    expect((await app.request('/', { method: 'POST' })).headers.get('set-cookie')).toMatch(/^hl_wrote=1; Max-Age=5; Path=\/; HttpOnly; SameSite=Strict$/)
  })
})

/** An app on a fresh PostgreSQL database whose read handle is the database `openReplica` names. */
function useAppReadingFrom(openReplica: () => Promise<{ url: string; cleanup(): Promise<void> }>): TestApp {
  return useTestApp('postgres', {}, async () => {
    const primary = await createTestDatabase('postgres')
    const replica = await openReplica()
    const database = await Database.open({ url: primary.url, readUrl: replica.url, poolSize: 3 })
    return {
      database,
      url: primary.url,
      async cleanup() {
        await database.close()
        await primary.cleanup()
        await replica.cleanup()
      },
    }
  })
}

// A second database on the same server stands in for the replica, with the same migrations and
// other rows: what a route answers tells which database it read. Streaming replication itself
// is exercised by the cluster test.
describe.skipIf(!process.env.DATABASE_URL)('with DATABASE_READ_URL (PostgreSQL only: skipped on a PGlite-only run, DATABASE_URL is unset)', () => {
  let replica: TestDatabase
  const t = useAppReadingFrom(async () => {
    replica = await createTestDatabase('postgres')
    return { url: replica.url!, cleanup: () => replica.cleanup() }
  })

  /** The same campaign on both, with 7 answers on the replica only and 2 on the primary. */
  async function campaignOnBoth(): Promise<SurveyFixture> {
    await ensureBuiltinQuestionnaires(replica.database.db)
    const onPrimary = await createSurveyFixture(t.ctx.db)
    const onReplica = await createSurveyFixture(replica.database.db)
    expect(onReplica).toEqual(onPrimary)
    const answers = { 'staff.polite': 5, 'staff.listened': 4 }
    await insertResponses(replica.database.db, onReplica, times(7, { answers, demographics: { gender: 'female' } }))
    await insertResponses(t.ctx.db, onPrimary, times(2, { answers }))
    return onPrimary
  }

  it('answers the result routes from the replica, writes on the primary, and reads the primary right after a write', async () => {
    expect(t.ctx.readDb).not.toBe(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const { campaignId, agencyId } = await campaignOnBoth()
    const get = (path: string, headers: Record<string, string> = admin.headers) => t.request(`/api/v1${path}`, { headers })

    const indices = await get(`/campaigns/${campaignId}/indices`)
    expect(indices.status).toBe(200)
    expect(indices.body.units.map((u: { n: number }) => u.n)).toEqual([7])
    const breakdown = await get(`/campaigns/${campaignId}/indices/breakdowns?by=channel`)
    expect(breakdown.body.cells.find((cell: { group: string }) => cell.group === 'kiosk').n).toBe(7)
    const timeline = await get(`/campaigns/${campaignId}/indices/timeline`)
    expect(timeline.body.points.reduce((sum: number, p: { responses: number }) => sum + p.responses, 0)).toBe(7)
    const trend = await get(`/agencies/${agencyId}/trend`)
    expect(trend.body.points.map((p: { n: number }) => p.n)).toEqual([7])
    const json = await get(`/campaigns/${campaignId}/export.json`)
    expect(json.body.units[0].n).toBe(7)
    const csv = await get(`/campaigns/${campaignId}/responses.csv`)
    expect(parseCsv(csv.body.replace(/^\uFEFF/, ''))).toHaveLength(1 + 7)

    // A plan and a national bundle that only the replica holds.
    const plan = await replica.database.db
      .insertInto('plans')
      .values({ name: 'Kế hoạch 2026–2030', first_year: 2026, last_year: 2030 })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replica.database.db.updateTable('campaigns').set({ plan_id: plan.id }).where('id', '=', campaignId).execute()
    const summary = await get(`/plans/${plan.id}/summary`)
    expect(summary.status).toBe(200)
    expect(JSON.stringify(summary.body)).toContain('"n":7')
    const onReplica = { ...t.ctx, db: replica.database.db, config: { ...t.ctx.config, province: { code: 'SLA', name: 'Sơn La' } } }
    const user = { id: admin.id, email: admin.email, name: '', role: 'admin' as const, agencyId: null, organisationId: null }
    const payload = await buildCampaignBundle(onReplica, user, campaignId)
    await replica.database.db.insertInto('national_provinces').values({ code: 'SLA', name: 'Sơn La', public_key: 'unused' }).execute()
    await replica.database.db
      .insertInto('national_bundles')
      .values({
        province_code: 'SLA',
        campaign_ref: campaignId,
        year: payload.campaign.year,
        questionnaire_kind: payload.questionnaire.kind,
        digest: 'test',
        payload: JSON.stringify(payload),
      })
      .execute()
    const ranking = await get(`/national/ranking?year=${payload.campaign.year}&kind=${payload.questionnaire.kind}`)
    expect(ranking.status).toBe(200)
    expect(ranking.body.provinces.map((p: { code: string }) => p.code)).toEqual(['SLA'])

    // A write goes to the primary, and the browser that made it reads the primary for a few seconds.
    const created = await t.request('/api/v1/agencies', {
      body: { name: 'Sở Tư pháp', code: 'STP-REPLICA', kind: 'department', parentId: null },
      headers: admin.headers,
    })
    expect(created.status).toBe(201)
    const mark = (created.headers.get('set-cookie') ?? '').match(/hl_wrote=1/)
    expect(mark).not.toBeNull()
    const stored = (db: typeof t.ctx.db) => db.selectFrom('agencies').select('id').where('code', '=', 'STP-REPLICA').execute()
    expect(await stored(t.ctx.db)).toHaveLength(1)
    expect(await stored(replica.database.db)).toHaveLength(0)
    const afterWrite = await get(`/campaigns/${campaignId}/indices`, { Cookie: `${admin.headers.Cookie}; hl_wrote=1` })
    expect(afterWrite.body.units.map((u: { n: number }) => u.n)).toEqual([2])
    expect((await get(`/plans/${plan.id}/summary`, { Cookie: `${admin.headers.Cookie}; hl_wrote=1` })).status).toBe(404)

    expect((await t.request('/readyz')).body).toEqual({ status: 'ready', readReplica: 'up' })
    const metrics = await t.request('/metrics', { remoteAddress: '127.0.0.1' })
    // The stand-in is no standby: its lag is unknown.
    expect(metrics.body).toMatch(/^hailong_read_replica_lag_seconds nan$/im)
  })
})

describe.skipIf(!process.env.DATABASE_URL)('a read replica that does not answer (PostgreSQL only: skipped on a PGlite-only run)', () => {
  const t = useAppReadingFrom(async () => ({ url: 'postgres://postgres@127.0.0.1:1/replica', cleanup: async () => {} }))

  it('leaves the server ready and the result routes reading the primary', async () => {
    const admin = await createUserAndLogin(t, 'admin')
    const fixture = await createSurveyFixture(t.ctx.db)
    await insertResponses(t.ctx.db, fixture, times(3, { answers: { 'staff.polite': 5, 'staff.listened': 5 } }))
    expect(t.ctx.database.replica?.down).toBe(true)
    const indices = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices`, { headers: admin.headers })
    expect(indices.status).toBe(200)
    expect(indices.body.units.map((u: { n: number }) => u.n)).toEqual([3])
    expect((await t.request('/readyz')).body).toEqual({ status: 'ready', readReplica: 'down' })
  })

  it('refuses to start on a replica that refuses us (an unknown database), naming DATABASE_READ_URL', async () => {
    const url = new URL(process.env.DATABASE_URL!)
    url.pathname = '/hailong_no_such_replica'
    await expect(Database.open({ url: process.env.DATABASE_URL, readUrl: url.toString(), poolSize: 1 })).rejects.toThrow(
      /cannot use the read replica \(DATABASE_READ_URL\): database "hailong_no_such_replica" does not exist/,
    )
  })
})
