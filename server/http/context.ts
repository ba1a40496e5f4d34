import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { type HolidayCalendar, holidayCalendar } from '../../shared/calendar/working-days'
import type { SessionUser } from '../auth/session-user'
import { BackupSchedule } from '../backups/backup-schedule'
import type { Config } from '../config'
import type { Database } from '../db/database'
import type { DatabaseSchema } from '../db/schema'
import type { Channel } from '../db/schema/survey-link'
import type { FieldDeviceSession } from '../device-sessions/device-sessions'
import { IndicesCache } from '../indices/indices-cache'
import { RollupApplier } from '../indices/rollups/rollup-applier'
import type { Logger } from '../log'
import { Metrics } from '../metrics/metrics'
import { PublicResultsCache } from '../public-results/results-cache'
import { PublishedQuestionnaires } from '../questionnaires/published-questionnaires'
import { ResponseWriter } from '../responses/response-writer'
import { SurveyLinkCache } from '../surveys/survey-link-cache'
import { wroteRecently } from './recent-writes'

const SURVEY_LINK_TTL_MS = 5000

/** What every route module is built from (atproto's AppContext). */
export interface AppContext {
  config: Config
  database: Database
  db: Kysely<DatabaseSchema>
  /**
   * The read-only result routes' handle (`database.reader`): the replica of DATABASE_READ_URL,
   * `db` itself without one. Routes reach it through `readingContext`, never directly.
   */
  readDb: Kysely<DatabaseSchema>
  log: Logger
  /** Group-committing writer of survey responses; close it before the database. */
  responseWriter: ResponseWriter
  /** Folds stored responses into the rollups in the background (started by main.ts); stop it before the database. */
  rollupApplier: RollupApplier
  /** The questionnaire versions read so far (published ones are frozen): every reader of questionnaires and rollup layouts goes through it. */
  questionnaires: PublishedQuestionnaires
  /** Survey codes resolved in the last seconds; routes that change links, campaigns or agencies call `forget()`. */
  surveyLinks: SurveyLinkCache
  metrics: Metrics
  /** The server's own scheduled backups (started by main.ts when BACKUP_DIR and BACKUP_EVERY are set); stop it before the database. */
  backups: BackupSchedule
  /** Published results and their pages; publishing, withdrawing and units' notes call `forget()`. */
  publicResults: PublicResultsCache
  /** Computed indices, breakdowns and timelines, each read again while its campaign's indices version holds. */
  indicesCache: IndicesCache
  /** Public holidays for working-day deadlines (fixed ones and the configured movable ones). */
  holidays: HolidayCalendar
}

export function createAppContext(config: Config, database: Database, log: Logger): AppContext {
  const questionnaires = new PublishedQuestionnaires()
  const rollupApplier = new RollupApplier(database.db, questionnaires, log, config.rollupIntervalMs)
  const metrics = new Metrics(database.db, () => rollupApplier.drainedAt, database.replica)
  const responseWriter = new ResponseWriter(database.db, log, {
    burstMinIdentical: config.burstMinIdentical,
    burstWindowSeconds: config.burstWindowSeconds,
    onBatchWritten: (size, seconds) => metrics.observeWriteBatch(size, seconds),
  })
  return {
    config,
    database,
    db: database.db,
    readDb: database.reader,
    log,
    responseWriter,
    rollupApplier,
    questionnaires,
    surveyLinks: new SurveyLinkCache(SURVEY_LINK_TTL_MS),
    metrics,
    backups: new BackupSchedule(config, database, log),
    publicResults: new PublicResultsCache(),
    indicesCache: new IndicesCache(config.indicesCacheMb * 1024 * 1024),
    holidays: holidayCalendar(config.publicHolidays),
  }
}

/**
 * The context a read-only result route (indices, breakdowns, trends, exports, plan summaries,
 * the national ranking) queries through: its `db` is the read replica, except for a browser
 * that changed something in the last seconds (`wroteRecently`), which reads the primary to
 * see its change. Without a replica it is `ctx` itself. Only for routes that write nothing.
 */
export function readingContext(ctx: AppContext, c: Context): AppContext {
  return ctx.readDb === ctx.db || wroteRecently(c) ? ctx : { ...ctx, db: ctx.readDb }
}

export type AppEnv = {
  Variables: {
    /** Set by the auth middleware on admin routes. */
    user: SessionUser
    /** Set by the field API's device-session middleware. */
    deviceSession: FieldDeviceSession
    /** Set by the response endpoint once the link is known, for the answer metrics. */
    answerChannel: Channel
  }
}
