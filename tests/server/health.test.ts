import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { Database } from '../../server/db/database'
import { createAppContext } from '../../server/http/context'
import { silentLogger } from '../../server/log'
import { useTestApp } from '../helpers/app'
import { databaseKinds } from '../helpers/databases'

for (const kind of databaseKinds) {
  describe(`health on ${kind}`, () => {
    const t = useTestApp(kind)

    it('answers /healthz and says /readyz is ready once migrated', async () => {
      expect((await t.request('/healthz')).status).toBe(200)
      const ready = await t.request('/readyz')
      expect(ready.status).toBe(200)
      expect(ready.body).toEqual({ status: 'ready' })
    })
  })
}

describe('readiness when not ready', () => {
  const opened: Database[] = []
  afterAll(async () => {
    for (const database of opened) await database.close().catch(() => {})
  })
  const appOn = async (migrate: boolean) => {
    const database = await Database.open()
    opened.push(database)
    if (migrate) await database.migrateToLatest()
    return { database, app: createApp(createAppContext(loadConfig({}), database, silentLogger)) }
  }

  it('is 503 naming the pending migrations before they are applied', async () => {
    const { app } = await appOn(false)
    const res = await app.request('/readyz')
    expect(res.status).toBe(503)
    const body = (await res.json()) as { reason: string; detail: string }
    expect(body.reason).toBe('migrations_pending')
    expect(body.detail).toContain('20261122T1800-init')
  })

  it('is 503 with database_unavailable when the database does not answer', async () => {
    const { app, database } = await appOn(true)
    await database.close()
    const res = await app.request('/readyz')
    expect(res.status).toBe(503)
    expect(((await res.json()) as { reason: string }).reason).toBe('database_unavailable')
  })
})
