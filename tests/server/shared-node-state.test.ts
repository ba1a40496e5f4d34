import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginRateLimiter } from '../../server/auth/login-rate-limit'
import { Database } from '../../server/db/database'
import { startTestApp, stopTestApp, type TestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { createLinkCode, postResponse, sampleSubmission } from '../helpers/collection'
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

const WINDOW_MS = 15 * 60_000
const allVerySatisfied = { answers: { 'staff.polite': 5, 'staff.listened': 5 }, overall: 5 }

// Two app nodes over one database, as behind a round-robin proxy: on PostgreSQL each has its own
// connection pool; PGlite is one process's database, so they share it.
describe.each(databaseKinds)('several app nodes over one %s database', (kind) => {
  let testDb: TestDatabase
  const databases: Database[] = []
  const nodes: TestApp[] = []
  let admin: LoggedInUser

  /** One more node (a restart is a new one on the same database). */
  async function startNode(): Promise<TestApp> {
    let database = testDb.database
    if (testDb.url) {
      database = await Database.open({ url: testDb.url, poolSize: 5 })
      databases.push(database)
    }
    const node = await startTestApp(database)
    nodes.push(node)
    return node
  }

  beforeAll(async () => {
    testDb = await createTestDatabase(kind)
    await startNode()
    await startNode()
    admin = await createUserAndLogin(nodes[0]!, 'admin')
  })

  afterAll(async () => {
    for (const node of nodes) await stopTestApp(node)
    for (const database of databases) await database.close()
    await testDb?.cleanup()
  })

  const [a, b] = [() => nodes[0]!, () => nodes[1]!]

  describe('failed logins', () => {
    const login = (node: TestApp, email: string, password: string, address: string) =>
      node.request('/api/v1/auth/login', { body: { email, password }, remoteAddress: address })

    it('locks an account out on every node, and after a restart, once its failures spread over both reach the limit', async () => {
      const user = await createUserAndLogin(a(), 'admin')
      for (let i = 0; i < 5; i++) expect((await login(i % 2 ? b() : a(), user.email, 'sai-mật-khẩu', `198.51.100.${i}`)).status).toBe(401)
      const restarted = await startNode()
      for (const node of [a(), b(), restarted]) {
        const locked = await login(node, user.email, user.password, '198.51.100.99')
        expect(locked.status).toBe(429)
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
      }
    })

    it('locks an address out on every node; the admin login and a field device’s login count together', async () => {
      const user = await createUserAndLogin(a(), 'admin')
      const address = '198.51.100.200'
      for (let i = 0; i < 3; i++) expect((await login(i % 2 ? b() : a(), `khong-co-${i}@test.hailong.vn`, 'sai', address)).status).toBe(401)
      for (let i = 0; i < 2; i++)
        expect(
          (
            await b().request('/api/v1/field/sessions', {
              body: { email: 'khong-co@test.hailong.vn', password: 'sai', deviceLabel: 'Máy 1' },
              remoteAddress: address,
            })
          ).status,
        ).toBe(401)
      expect((await login(a(), user.email, user.password, address)).status).toBe(429)
      expect((await login(b(), user.email, user.password, '198.51.100.201')).status).toBe(200)
    })

    it('counts every failure when nodes record them at once, and resets an account on success', async () => {
      const limiters = [a(), b()].map((node) => new LoginRateLimiter(node.ctx.db, 'concurrent', 40))
      await Promise.all(Array.from({ length: 39 }, (_, i) => limiters[i % 2]!.recordFailure(['account:x', `address:${i}`])))
      expect(await limiters[0]!.retryAfterSeconds(['account:x'])).toBe(0)
      await limiters[1]!.recordFailure(['account:x'])
      expect(await limiters[0]!.retryAfterSeconds(['account:x'])).toBeGreaterThan(0)
      await limiters[0]!.reset('account:x')
      expect(await limiters[1]!.retryAfterSeconds(['account:x'])).toBe(0)
    })

    it('tells when the lock ends, and deletes failures older than the window as others are recorded', async () => {
      let now = Date.UTC(2026, 11, 3, 8)
      const [first, second] = [a(), b()].map((node) => new LoginRateLimiter(node.ctx.db, 'expiry', 5, WINDOW_MS, () => now))
      for (let i = 0; i < 5; i++) {
        await (i % 2 ? second : first)!.recordFailure(['account:a'])
        now += 60_000
      }
      // Failures at 0, 1, …, 4 min, asked at 5 min: the first leaves the window at 15 min.
      expect(await second!.retryAfterSeconds(['account:a', 'address:x'])).toBe(10 * 60)
      const stored = () => a().ctx.db.selectFrom('login_failures').select('key_hash').where('scope', '=', 'expiry').execute()
      expect(await stored()).toHaveLength(5)
      now += WINDOW_MS
      expect(await first!.retryAfterSeconds(['account:a'])).toBe(0)
      await second!.recordFailure(['address:y'])
      expect(await stored()).toHaveLength(1)
    })
  })

  describe('bursts', () => {
    const newLink = async () => {
      const fixture = await createSurveyFixture(a().ctx.db)
      return { ...fixture, code: await createLinkCode(a(), admin, fixture.campaignId, fixture.agencyId, 'qr') }
    }
    const flagsOf = (campaignId: number) =>
      a().ctx.db.selectFrom('responses').select(['flagged', 'flag_reason']).where('campaign_id', '=', campaignId).orderBy('id').execute()

    it('flags a burst whose identical answers are split between two nodes as one node would', async () => {
      const { code, campaignId } = await newLink()
      for (let i = 0; i < 6; i++) expect((await postResponse(i % 2 ? b() : a(), code, sampleSubmission(allVerySatisfied))).status).toBe(201)
      expect((await postResponse(b(), code, sampleSubmission())).status).toBe(201)
      const flags = await flagsOf(campaignId)
      expect(flags.map((f) => f.flagged)).toEqual([false, false, false, false, true, true, false])
      expect(flags[4]!.flag_reason).toBe('burst')
    })

    it('goes on counting after a restart', async () => {
      const { code, campaignId } = await newLink()
      for (let i = 0; i < 4; i++) expect((await postResponse(a(), code, sampleSubmission(allVerySatisfied))).status).toBe(201)
      const restarted = await startNode()
      expect((await postResponse(restarted, code, sampleSubmission(allVerySatisfied))).status).toBe(201)
      expect((await flagsOf(campaignId)).map((f) => f.flagged)).toEqual([false, false, false, false, true])
    })

    it('judges identical answers sent to both nodes at once in turn: all but the first four are flagged', async () => {
      const { code, campaignId } = await newLink()
      const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => postResponse(i % 2 ? b() : a(), code, sampleSubmission(allVerySatisfied))))
      expect(sent.every((r) => r.status === 201)).toBe(true)
      const flags = await flagsOf(campaignId)
      expect(flags.filter((f) => f.flagged)).toHaveLength(8)
      // A resend of a stored answer to the other node is a replay, not one more sighting.
      const answer = sampleSubmission({ ...allVerySatisfied, answers: { 'staff.polite': 1, 'staff.listened': 1 } })
      expect((await postResponse(a(), code, answer)).status).toBe(201)
      await Promise.all([postResponse(b(), code, answer), postResponse(a(), code, answer)])
      const stored = await a().ctx.db.selectFrom('responses').select('link_id').where('campaign_id', '=', campaignId).execute()
      expect(stored).toHaveLength(13)
      const sightings = await a().ctx.db.selectFrom('burst_sightings').select('signature').where('source', '=', `link:${stored[0]!.link_id}`).execute()
      expect(sightings).toHaveLength(13)
    })

    it('deletes sightings older than the window on both clocks', async () => {
      const { code } = await newLink()
      const hourAgo = new Date(Date.now() - 3600_000)
      const old = { source: 'link:0', signature: 'old', answered_at: hourAgo, received_at: hourAgo }
      const recentlyReceived = { ...old, signature: 'received', received_at: new Date() }
      await a().ctx.db.insertInto('burst_sightings').values([old, recentlyReceived]).execute()
      const node = await startNode()
      expect((await postResponse(node, code, sampleSubmission())).status).toBe(201)
      await node.ctx.responseWriter.close()
      const left = await a().ctx.db.selectFrom('burst_sightings').select('signature').where('source', '=', 'link:0').execute()
      expect(left.map((s) => s.signature)).toEqual(['received'])
    })
  })
})
