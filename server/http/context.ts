import type { Kysely } from 'kysely'
import type { Config } from '../config'
import type { Database } from '../db/database'
import type { DatabaseSchema } from '../db/schema'
import type { Logger } from '../log'
import type { SessionUser } from '../auth/session-user'
import { ResponseWriter } from '../responses/response-writer'

/** What every route module is built from (atproto's AppContext). */
export interface AppContext {
  config: Config
  database: Database
  db: Kysely<DatabaseSchema>
  log: Logger
  /** Group-committing writer of survey responses; close it before the database. */
  responseWriter: ResponseWriter
}

export function createAppContext(config: Config, database: Database, log: Logger): AppContext {
  const responseWriter = new ResponseWriter(database.db, log, {
    burstMinIdentical: config.burstMinIdentical,
    burstWindowSeconds: config.burstWindowSeconds,
  })
  return { config, database, db: database.db, log, responseWriter }
}

export type AppEnv = {
  Variables: {
    /** Set by the auth middleware on admin routes. */
    user: SessionUser
  }
}
