/**
 * Rebuilds the rollups of every campaign from the raw responses (repair, or after restoring
 * responses by hand). Uses the server's configuration (DATABASE_URL or DATA_DIR); on the
 * embedded database, stop the server first: PGlite has one owner.
 *
 *   npm run rollups:rebuild
 */
import { loadConfig } from '../server/config'
import { Database } from '../server/db/database'
import { rebuildQueuedRollups } from '../server/indices/rollups/rebuild-rollups'
import { createLogger } from '../server/log'
import { PublishedQuestionnaires } from '../server/questionnaires/published-questionnaires'

const config = loadConfig(process.env, [])
const log = createLogger(config.logLevel)
const database = await Database.open({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  sharedBuffersMb: config.pgliteSharedBuffersMb,
  pgliteCompiler: config.pgliteCompiler,
})
try {
  await database.migrateToLatest()
  await database.db
    .insertInto('rollup_rebuilds')
    .columns(['campaign_id'])
    .expression((eb) => eb.selectFrom('campaigns').select('id'))
    .onConflict((oc) => oc.doNothing())
    .execute()
  await rebuildQueuedRollups(database.db, new PublishedQuestionnaires(), log)
} finally {
  await database.close()
}
