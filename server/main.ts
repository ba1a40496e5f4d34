import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { bootstrap, warnIfLoopbackPublicUrl } from './bootstrap'
import { buildClient, clientBuildIsStale } from './client-build'
import { ConfigError, loadConfig } from './config'
import { Database, DatabaseConnectionError } from './db/database'
import { stopGracefullyOnSignals } from './graceful-stop'
import { createAppContext } from './http/context'
import { rebuildQueuedRollups } from './indices/rollups/rebuild-rollups'
import { createLogger } from './log'

async function main() {
  const config = loadConfig(process.env, process.argv.slice(2))
  const log = createLogger(config.logLevel)

  if (config.buildClient && clientBuildIsStale(config.clientDir)) {
    log.info('building the client')
    await buildClient(config.clientDir)
  }

  const database = await Database.open({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
    sharedBuffersMb: config.pgliteSharedBuffersMb,
    pgliteCompiler: config.pgliteCompiler,
    log,
  })
  const { results } = await database.migrateToLatest()
  for (const migration of results ?? []) log.info('migration applied', { migration: migration.migrationName })
  const ctx = createAppContext(config, database, log)
  await rebuildQueuedRollups(ctx.db, ctx.questionnaires, log)
  await bootstrap(ctx, { demo: config.demo })
  ctx.rollupApplier.start()
  ctx.backups.start()
  const app = createApp(ctx)
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log.info('listening', {
      url: `http://${config.host}:${info.port}`,
      database: database.kind,
      readReplica: Boolean(database.replica),
      publicUrl: config.publicUrl,
    })
    warnIfLoopbackPublicUrl(ctx)
  })

  stopGracefullyOnSignals(server as Server, ctx)
}

main().catch((err: unknown) => {
  // Known start-up failures get one line, not a stack trace.
  if (err instanceof ConfigError || err instanceof DatabaseConnectionError) {
    console.error(`hai-long: ${err.message}`)
  } else {
    console.error('hai-long: failed to start:', err)
  }
  process.exit(1)
})
