import type { Hono } from 'hono'
import { afterAll, beforeAll } from 'vitest'
import { createApp } from '../../server/app'
import { type Config, loadConfig } from '../../server/config'
import type { DatabaseKind } from '../../server/db/database'
import { type AppContext, createAppContext } from '../../server/http/context'
import { silentLogger } from '../../server/log'
import { ensureBuiltinQuestionnaires } from '../../server/questionnaires/builtins'
import { expectContract } from './contract'
import { createTestDatabase, type TestDatabase } from './databases'

export interface TestApp {
  app: Hono
  ctx: AppContext
  /** `fetch`-like helper: JSON body in, parsed JSON out. */
  request(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>
}

interface RequestInit {
  method?: string
  body?: unknown
  headers?: Record<string, string>
  /** The socket's peer address, as @hono/node-server would give it (none by default). */
  remoteAddress?: string
}

/**
 * Registers beforeAll/afterAll hooks that give the enclosing describe block an app on a
 * fresh database of the given kind (or the one `openDatabase` gives). Read the returned
 * object's fields inside tests.
 */
export function useTestApp(
  kind: DatabaseKind,
  configOverrides: Partial<Config> = {},
  openDatabase: () => Promise<TestDatabase> = () => createTestDatabase(kind),
): TestApp {
  let testDb: TestDatabase
  const testApp = {} as TestApp
  beforeAll(async () => {
    testDb = await openDatabase()
    const config = { ...loadConfig({}), ...configOverrides }
    const ctx = createAppContext(config, testDb.database, silentLogger)
    await ensureBuiltinQuestionnaires(ctx.db)
    const app = createApp(ctx)
    testApp.app = app
    testApp.ctx = ctx
    testApp.request = async (path, init = {}) => {
      const headers: Record<string, string> = { ...init.headers }
      let body: string | undefined
      if (init.body !== undefined) {
        headers['Content-Type'] ??= 'application/json'
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
      }
      const env = init.remoteAddress === undefined ? undefined : { incoming: { socket: { remoteAddress: init.remoteAddress } } }
      const res = await app.request(path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body }, env)
      const text = await res.text()
      let parsed: unknown = text
      try {
        parsed = text ? JSON.parse(text) : null
      } catch {
        // not JSON (HTML, CSV…): keep the text
      }
      expectContract(init.method ?? (body === undefined ? 'GET' : 'POST'), path, res.status, parsed)
      return { status: res.status, body: parsed, headers: res.headers }
    }
  })
  afterAll(async () => {
    await testApp.ctx?.responseWriter.close()
    await testApp.ctx?.rollupApplier.stop()
    await testDb?.cleanup()
  })
  return testApp
}
