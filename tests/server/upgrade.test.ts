import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { listTables, quoteIdent } from '../../server/backups/catalog'
import { loadConfig } from '../../server/config'
import { Database, type DatabaseKind } from '../../server/db/database'
import { createAppContext } from '../../server/http/context'
import { rebuildQueuedRollups } from '../../server/indices/rollups/rebuild-rollups'
import { silentLogger } from '../../server/log'
import { PublishedQuestionnaires } from '../../server/questionnaires/published-questionnaires'
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases'

// A database as an earlier release left it (made by tests/fixtures/make-upgrade-fixture.ts):
// starting this release on it must run the newer migrations and lose or change nothing.
const FIXTURE = fs.readFileSync(new URL('../fixtures/release-20261122T1930.sql', import.meta.url), 'utf8')
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-upgrade-'))
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
  fs.rmSync(workDir, { recursive: true, force: true })
})

/** Loads the old release's SQL into a new database of the given kind and opens it as the server would. */
async function openOldRelease(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const dataDir = path.join(workDir, 'pglite-data')
    fs.mkdirSync(dataDir)
    const pglite = await PGlite.create(path.join(dataDir, 'pglite'))
    await pglite.exec(FIXTURE)
    await pglite.close()
    const database = await Database.open({ dataDir })
    cleanups.push(() => database.close())
    return database
  }
  const scratch: TestDatabase = await createTestDatabase('postgres')
  cleanups.push(() => scratch.cleanup())
  const client = new pg.Client({ connectionString: scratch.url })
  await client.connect()
  await client.query('drop schema public cascade; create schema public')
  await client.query(FIXTURE)
  await client.end()
  return scratch.database
}

/** Every row of every table, as JSON objects keyed by table. */
async function allRows(database: Database): Promise<Map<string, Record<string, unknown>[]>> {
  const rows = new Map<string, Record<string, unknown>[]>()
  for (const table of await listTables(database.db)) {
    const order = table.primaryKey.length ? ` order by ${table.primaryKey.map(quoteIdent).join(', ')}` : ''
    const result = await sql.raw<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from ${quoteIdent(table.name)} t${order}`).execute(database.db)
    rows.set(
      table.name,
      result.rows.map((r) => r.row),
    )
  }
  return rows
}

describe.each(databaseKinds)('upgrading an earlier release on %s', (kind) => {
  it('applies the newer migrations, keeps every row, and serves the same answers', { timeout: 180_000 }, async () => {
    const database = await openOldRelease(kind)
    const pending = await database.pendingMigrations()
    expect(pending.length).toBeGreaterThan(0)
    const before = await allRows(database)
    const responses = before.get('responses')!.length
    expect(responses).toBeGreaterThan(0)

    await database.migrateToLatest()
    await rebuildQueuedRollups(database.db, new PublishedQuestionnaires(), silentLogger)
    expect(await database.pendingMigrations()).toEqual([])

    const after = await allRows(database)
    for (const [table, oldRows] of before) {
      if (!after.has(table)) continue // a table a newer migration replaced (the old rollups)
      // the old columns keep their values; columns a migration added are not compared
      const kept = after.get(table)!.map((row) => Object.fromEntries(Object.keys(oldRows[0] ?? {}).map((k) => [k, row[k]])))
      expect(kept, table).toEqual(oldRows)
    }

    const app = createApp(createAppContext(loadConfig({}), database, silentLogger))
    const login = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@sotuphap.gov.vn', password: 'mật-khẩu-cũ' }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const campaignId = (before.get('campaigns')![0] as { id: number }).id
    const indices = await app.request(`/api/v1/campaigns/${campaignId}/indices?includeFlagged=true`, { headers: { Cookie: cookie } })
    expect(indices.status).toBe(200)
    const body = (await indices.json()) as { units: { n: number }[] }
    expect(body.units.reduce((sum, unit) => sum + unit.n, 0)).toBe(responses)
  })
})
