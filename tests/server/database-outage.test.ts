import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Database } from '../../server/db/database'
import { createQrLinkCode, startAnswerLoad } from '../helpers/answer-load'
import { PrivatePostgres } from '../helpers/private-postgres'
import { type ServerProcess, startServerProcess, stubClientDir } from '../helpers/server-process'

// A fault test: the real server process on a PostgreSQL cluster of its own, which is
// restarted (fast, immediate) and stopped for 5 s while answers arrive. A restart used to
// end the process with an unhandled 'error' event (57P01) on a checked-out client.
let workDir: string
let postgres: PrivatePostgres
let databaseUrl: string
let server: ServerProcess | undefined
beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-outage-'))
  postgres = await PrivatePostgres.start()
  const admin = new pg.Client({ connectionString: `${postgres.url}/postgres` })
  await admin.connect()
  await admin.query('create database hailong')
  await admin.end()
  databaseUrl = `${postgres.url}/hailong`
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await postgres?.destroy()
  fs.rmSync(workDir, { recursive: true, force: true })
})

describe('a PostgreSQL restart under load (a private cluster)', () => {
  it('keeps the server running, answers 503 while the database is away, and stores every acknowledged answer exactly once', async () => {
    const database = await Database.open({ url: databaseUrl, poolSize: 2 })
    await database.migrateToLatest()
    const code = await createQrLinkCode(database.db)
    await database.close()

    server = await startServerProcess({
      CLIENT_DIR: stubClientDir(workDir),
      DATA_DIR: path.join(workDir, 'data'),
      DATABASE_URL: databaseUrl,
      ROLLUP_INTERVAL_MS: '200',
    })
    const load = startAnswerLoad(server.baseUrl, code)
    const { child } = server
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${server!.output()}`))))
    /** 30 more answers acknowledged, or the server's death. */
    const progress = () => Promise.race([load.acknowledgedAtLeast(load.acknowledged.size + 30), exited])

    await progress()
    await postgres.restartServer('fast')
    await progress()
    await postgres.restartServer('immediate')
    await progress()
    await postgres.stopServer('fast')
    await sleep(5000)
    await postgres.startServer()
    await progress()
    await load.stop()

    // Alive and serving, without a restart.
    expect(server.child.exitCode, server.output()).toBeNull()
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
    // During the outages: 503 with Retry-After and a JSON error, never a 500.
    expect(load.statuses.get(503) ?? 0).toBeGreaterThan(0)
    expect(load.malformed503).toEqual([])
    expect([...load.statuses.keys()].filter((status) => ![200, 201, 503].includes(status))).toEqual([])
    expect(server.output()).not.toMatch(/Unhandled|uncaught/i)

    // Every acknowledged answer stored once, under the id it was acknowledged with.
    const check = await Database.open({ url: databaseUrl, poolSize: 2 })
    const stored = await check.db.selectFrom('responses').select(['id', 'client_id']).execute()
    expect(stored.length).toBe(load.acknowledged.size)
    expect(new Map(stored.map((r) => [r.client_id, r.id]))).toEqual(load.acknowledged)

    // The rollups caught up after the outages: nothing stays queued.
    for (let pending = -1; pending !== 0; await sleep(200)) {
      pending = Number((await sql<{ n: string }>`select count(*) as n from rollup_pending`.execute(check.db)).rows[0]!.n)
    }
    await check.close()

    expect(await server.stop()).toBe(0)
  }, 180_000)
})
