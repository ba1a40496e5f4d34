import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Database } from '../../server/db/database'
import { createTestDatabase } from '../helpers/databases'
import { startServerProcess, stubClientDir } from '../helpers/server-process'

// These run the server as a separate process with `npm start`'s command. A prebuilt
// client folder stands in for `vite build`, so no test here pays for a client build.
let workDir: string
let clientDir: string
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-startup-'))
  clientDir = stubClientDir(workDir)
})
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

describe('start-up', () => {
  it('exits non-zero with one clear line when DATABASE_URL is unreachable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test', CLIENT_DIR: clientDir, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^hai-long: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/test: /)
  })

  it('exits non-zero with one clear line when DATABASE_READ_URL is set without DATABASE_URL', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DATABASE_URL: '', DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:5432/replica', CLIENT_DIR: clientDir, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^hai-long: DATABASE_READ_URL .*set DATABASE_URL too/)])
  })

  it.skipIf(!process.env.DATABASE_URL)(
    'starts through npm start with DATABASE_URL and DATABASE_READ_URL, and reports the replica (PostgreSQL only: skipped when DATABASE_URL is unset)',
    async () => {
      const primary = await createTestDatabase('postgres', { migrate: false })
      const replica = await createTestDatabase('postgres')
      try {
        const server = await startServerProcess({ CLIENT_DIR: clientDir, DATABASE_URL: primary.url!, DATABASE_READ_URL: replica.url!, LOG_LEVEL: 'info' })
        expect(await (await fetch(`${server.baseUrl}/readyz`)).json()).toEqual({ status: 'ready', readReplica: 'up' })
        expect(await server.stop()).toBe(0)
        expect(server.output()).toMatch(/"msg":"listening".*"readReplica":true/)
        expect(server.output()).toContain('DATABASE_READ_URL is not a standby server')
      } finally {
        await primary.cleanup()
        await replica.cleanup()
      }
    },
    120_000,
  )

  it('keeps PGlite data across a graceful restart and does not re-run migrations', async () => {
    const dataDir = path.join(workDir, 'data')
    const env = { CLIENT_DIR: clientDir, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' }

    const first = await startServerProcess(env)
    expect(await (await fetch(`${first.baseUrl}/healthz`)).json()).toEqual({ status: 'ok', database: 'pglite' })
    expect(await first.stop()).toBe(0)
    expect(first.output()).toContain('"msg":"stopped"')

    const database = await Database.open({ dataDir })
    await database.db.insertInto('agencies').values({ name: 'Sở Nội vụ', code: 'SNV-RESTART', kind: 'department', parent_id: null }).execute()
    await database.close()

    const second = await startServerProcess(env)
    expect((await fetch(`${second.baseUrl}/healthz`)).status).toBe(200)
    expect(await second.stop()).toBe(0)
    expect(second.output()).not.toContain('migration applied')

    const reopened = await Database.open({ dataDir })
    const agency = await reopened.db.selectFrom('agencies').select('name').where('code', '=', 'SNV-RESTART').executeTakeFirst()
    await reopened.close()
    expect(agency?.name).toBe('Sở Nội vụ')
  }, 120_000) // two cold starts of the server on PGlite, each with its initdb or recovery
})
