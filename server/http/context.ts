import type { Kysely } from 'kysely'
import type { Config } from '../config'
import type { Database } from '../db/database'
import type { DatabaseSchema } from '../db/schema'
import type { Logger } from '../log'
import type { SessionUser } from '../auth/session-user'

/** What every route module is built from (atproto's AppContext). */
export interface AppContext {
  config: Config
  database: Database
  db: Kysely<DatabaseSchema>
  log: Logger
}

export type AppEnv = {
  Variables: {
    /** Set by the auth middleware on admin routes. */
    user: SessionUser
  }
}
