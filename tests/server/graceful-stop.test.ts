import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Database } from '../../server/db/database'
import { createQrLinkCode, startAnswerLoad } from '../helpers/answer-load'
import { startServerProcess, stubClientDir } from '../helpers/server-process'

let workDir: string
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-graceful-stop-'))
})
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

describe('graceful stop (a real server process on PGlite)', () => {
  it('on SIGTERM while answers arrive: stops accepting, drains, writes, closes the database and exits 0', async () => {
    const dataDir = path.join(workDir, 'data')
    const setup = await Database.open({ dataDir })
    await setup.migrateToLatest()
    const code = await createQrLinkCode(setup.db)
    await setup.close()

    const server = await startServerProcess({ CLIENT_DIR: stubClientDir(workDir), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' })
    // Steady load on kept-alive connections: it used to hold server.close() open until a forced exit(1).
    const load = startAnswerLoad(server.baseUrl, code, { workers: 8, pauseMs: 0 })
    await load.acknowledgedAtLeast(50)
    const exitCode = await server.stop()
    await load.stop({ giveUp: true })

    expect(exitCode, server.output()).toBe(0)
    expect(server.output()).toContain('"msg":"stopped"')
    expect(server.output()).not.toContain('forcing exit')
    expect([...load.statuses.keys()].filter((status) => ![200, 201, 503].includes(status))).toEqual([])

    // Every acknowledged answer is in the reopened data files, under its acknowledged id.
    const reopened = await Database.open({ dataDir })
    const stored = new Map((await reopened.db.selectFrom('responses').select(['id', 'client_id']).execute()).map((r) => [r.client_id, r.id]))
    await reopened.close()
    expect(load.acknowledged.size).toBeGreaterThanOrEqual(50)
    for (const [clientId, id] of load.acknowledged) expect(stored.get(clientId), clientId).toBe(id)
  }, 120_000)
})
