import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { type ServerType, serve } from '@hono/node-server'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { runBackup, runRestore } from '../../server/backups/backup-command'
import { listTables } from '../../server/backups/catalog'
import { RestoreRefused } from '../../server/backups/logical-restore'
import { loadConfig } from '../../server/config'
import { Database, type DatabaseKind } from '../../server/db/database'
import { createAppContext } from '../../server/http/context'
import { silentLogger } from '../../server/log'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { createLinkCode, sampleSubmission } from '../helpers/collection'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'

interface Combination {
  source: DatabaseKind
  target: DatabaseKind
  /** PostgreSQL's own backups are pg_dump's; --logical asks for the engine-neutral format. */
  logical: boolean
}

// PGlite → PostgreSQL is the path from a trial to production; PGlite only without a server.
const combinations: Combination[] = process.env.DATABASE_URL
  ? [
      { source: 'pglite', target: 'postgres', logical: false },
      { source: 'postgres', target: 'postgres', logical: false },
      { source: 'postgres', target: 'pglite', logical: true },
    ]
  : [{ source: 'pglite', target: 'pglite', logical: false }]

const LOAD_ANSWERS = 60
const LOAD_CONCURRENCY = 4

describe.each(combinations)('backup of $source restored into $target', ({ source, target, logical }) => {
  const t = useTestApp(source)
  let server: ServerType
  let port: number
  let workDir: string
  let admin: LoggedInUser
  let fixture: SurveyFixture
  let code: string
  let sourceUrl: string | undefined
  let targetDb: TestDatabase | undefined
  // the target's own server is not running (port 1 answers nothing), as a restore requires
  const targetConfig = () => ({ ...loadConfig({}), port: 1, databaseUrl: targetDb?.url, dataDir: path.join(workDir, 'target') })
  const sourceConfig = () => ({ ...loadConfig({}), port, databaseUrl: sourceUrl })

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-backup-'))
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    port = (server.address() as AddressInfo).port
    // the source's URL, for pg_dump: the pool's connection string
    sourceUrl = source === 'postgres' ? await currentUrl(t.ctx.database) : undefined
    if (target === 'postgres') targetDb = await createTestDatabase('postgres')
    fixture = await createSurveyFixture(t.ctx.db)
    admin = await createUserAndLogin(t, 'admin')
    await createUserAndLogin(t, 'viewer')
    code = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr')
    // An agency whose parent was created after it: the restore must not depend on id order.
    const child = await t.request('/api/v1/agencies', { body: { name: 'Phòng Con', code: `CON-${Date.now()}`, kind: 'department' }, headers: admin.headers })
    const parent = await t.request('/api/v1/agencies', { body: { name: 'Sở Cha', code: `CHA-${Date.now()}`, kind: 'department' }, headers: admin.headers })
    expect((await t.request(`/api/v1/agencies/${child.body.id}`, { method: 'PATCH', body: { parentId: parent.body.id }, headers: admin.headers })).status).toBe(
      200,
    )
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await targetDb?.cleanup()
    fs.rmSync(workDir, { recursive: true, force: true })
  })

  async function post(clientId?: string) {
    const submission = sampleSubmission(clientId ? { clientId } : {})
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/public/surveys/${code}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(submission),
    })
    expect(res.status).toBe(201)
    return submission.clientId.toLowerCase()
  }

  it('keeps every answer acknowledged before a backup taken under load, each exactly once, and nothing unacknowledged', async () => {
    const acknowledged: string[] = []
    let ackedWhenBackupStarted: string[] = []
    let sent = 0
    const worker = async () => {
      while (sent < LOAD_ANSWERS) {
        sent += 1
        acknowledged.push(await post())
      }
    }
    const load = Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker))
    while (acknowledged.length < LOAD_ANSWERS / 4) await new Promise((resolve) => setTimeout(resolve, 5))
    ackedWhenBackupStarted = [...acknowledged]
    const file = path.join(workDir, 'under-load.backup')
    const backup = runBackup(sourceConfig(), file, { logical })
    await Promise.all([backup, load])
    expect(acknowledged).toHaveLength(LOAD_ANSWERS)

    await runRestore(targetConfig(), file, { force: false })
    const restored = await withTarget(async (database) =>
      (await database.db.selectFrom('responses').select('client_id').execute()).map((r) => r.client_id.toLowerCase()),
    )
    expect(new Set(restored).size).toBe(restored.length)
    for (const clientId of ackedWhenBackupStarted) expect(restored).toContain(clientId)
    const all = new Set(acknowledged)
    for (const clientId of restored) expect(all.has(clientId)).toBe(true)
  })

  it('refuses a database that holds data, and with --force restores answers, rollups, users and audit identically', async () => {
    await t.ctx.rollupApplier.applyPending()
    const file = path.join(workDir, 'quiet.backup')
    await runBackup(sourceConfig(), file, { logical })
    await expect(runRestore(targetConfig(), file, { force: false })).rejects.toThrow(RestoreRefused)
    await runRestore(targetConfig(), file, { force: true })

    const expected = await snapshot(t.ctx.database, admin, fixture)
    const actual = await withTarget((database) => snapshot(database, admin, fixture))
    expect(actual.counts).toEqual(expected.counts)
    expect(actual.counts.responses).toBeGreaterThanOrEqual(LOAD_ANSWERS)
    expect(actual.api).toEqual(expected.api)
    // and the restored database goes on: a new answer gets a fresh id
    await withTarget(async (database) => {
      const { rows } = await sql<{ next: number }>`select nextval(pg_get_serial_sequence('responses', 'id')) as next`.execute(database.db)
      expect(Number(rows[0]!.next)).toBeGreaterThan(expected.maxResponseId)
    })
  })

  async function withTarget<T>(use: (database: Database) => Promise<T>): Promise<T> {
    const config = targetConfig()
    const database = await Database.open({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir })
    try {
      return await use(database)
    } finally {
      await database.close()
    }
  }
})

/** Row counts of every table, and what the API says of the campaign's indices, users and audit, as checksums. */
async function snapshot(database: Database, admin: LoggedInUser, fixture: SurveyFixture) {
  const counts: Record<string, number> = {}
  for (const table of await listTables(database.db)) {
    const { rows } = await sql.raw<{ n: number }>(`select count(*)::int8 as n from "${table.name}"`).execute(database.db)
    counts[table.name] = Number(rows[0]!.n)
  }
  const app = createApp(createAppContext(loadConfig({}), database, silentLogger))
  const api: Record<string, string> = {}
  for (const url of [`/api/v1/campaigns/${fixture.campaignId}/indices`, '/api/v1/users', '/api/v1/audit', '/api/v1/agencies']) {
    const res = await app.request(url, { headers: admin.headers })
    expect(res.status, url).toBe(200)
    api[url] = createHash('sha256')
      .update(await res.text())
      .digest('hex')
  }
  const max = await database.db
    .selectFrom('responses')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirstOrThrow()
  return { counts, api, maxResponseId: Number(max.id) }
}

async function currentUrl(database: Database): Promise<string> {
  const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(database.db)
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `/${rows[0]!.db}`
  return url.toString()
}
