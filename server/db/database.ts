import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely'
import { type MigrationResultSet, Migrator } from 'kysely/migration'
import pg from 'pg'
import { migrationProvider } from '../../migrations'
import { DEFAULT_PGLITE_SHARED_BUFFERS_MB, type PgliteCompiler } from '../config'
import type { Logger } from '../log'
import { holdsCluster, prepareCluster, readTemplate } from './prepared-cluster'
import { ReadReplica } from './read-replica'
import type { DatabaseSchema } from './schema'
import { isDatabaseUnavailable } from './unavailable'

export type DatabaseKind = 'pglite' | 'postgres'

export interface DatabaseOptions {
  /** `postgres://…`; when absent the embedded PGlite is used. */
  url?: string
  /** A streaming replica of `url` for the read-only result routes (`Database.reader`). */
  readUrl?: string
  /** Directory holding the PGlite data files; absent means in memory (tests). */
  dataDir?: string
  /**
   * PGlite's shared buffers. PostgreSQL's 128 MB default lives inside PGlite's WebAssembly
   * heap, which never shrinks once touched, while the files sit in the operating system's
   * cache anyway (docs/performance.md).
   */
  sharedBuffersMb?: number
  /**
   * `baseline` (the default) runs PGlite's WebAssembly as V8's baseline compiler (Liftoff)
   * makes it; `optimizing` lets V8 recompile its hot functions with TurboFan: SQL 15–35 %
   * faster, ~80 MB more resident memory, mostly the compiler's freed memory that the C
   * allocator keeps (docs/performance.md).
   */
  pgliteCompiler?: PgliteCompiler
  poolSize?: number
  /** Told when a PostgreSQL connection breaks (a restart, an outage); the pool replaces it. */
  log?: Logger
}

export class DatabaseConnectionError extends Error {}

const INT8_OID = 20

// int8 (counts, bigint ids) would otherwise arrive as strings; every value this app
// stores in int8 stays far below 2^53, so numbers are safe and simpler for callers.
pg.types.setTypeParser(INT8_OID, (value) => Number(value))
// Dates stay `YYYY-MM-DD` strings: a DATE has no time zone and must not shift by one.
pg.types.setTypeParser(1082, (value) => value)

/** Owns the connection (pool or embedded instance) and the migrator, as in atproto's bsync. */
export class Database {
  private constructor(
    readonly db: Kysely<DatabaseSchema>,
    readonly kind: DatabaseKind,
    private readonly onClose: () => Promise<void>,
    /**
     * The handle of the read-only result routes (indices, breakdowns, trends, exports, plan
     * summaries, the national ranking): the replica of DATABASE_READ_URL, or the primary's
     * connections while the replica is unreachable. Without a replica it is `db` itself.
     * Never write through it, nor read through it what this request or the user's last one
     * has just written (docs/scaling.md).
     */
    readonly reader: Kysely<DatabaseSchema> = db,
    /** The replica behind `reader`, when DATABASE_READ_URL is set. */
    readonly replica?: ReadReplica,
  ) {}

  static async open(options: DatabaseOptions = {}): Promise<Database> {
    return options.url
      ? Database.openPostgres(options.url, options.readUrl, options.poolSize ?? 10, options.log)
      : Database.openPglite(options.dataDir, options.sharedBuffersMb ?? DEFAULT_PGLITE_SHARED_BUFFERS_MB, options.pgliteCompiler ?? 'baseline')
  }

  private static async openPostgres(url: string, readUrl: string | undefined, poolSize: number, log?: Logger): Promise<Database> {
    const pool = await connectPool(url, 'database', poolSize, log)
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) })
    if (!readUrl) return new Database(db, 'postgres', () => db.destroy())
    const replica = new ReadReplica(newPool(readUrl, 'read replica', poolSize, log), pool, describeUrl(readUrl), log)
    try {
      await checkReplica(replica, log)
    } catch (err) {
      await replica.pool.end().catch(() => {})
      await db.destroy()
      throw err
    }
    const reader = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: replica.fallbackPool() }) })
    return new Database(db, 'postgres', async () => void (await Promise.all([reader.destroy(), db.destroy()])), reader, replica)
  }

  private static async openPglite(dataDir: string | undefined, sharedBuffersMb: number, compiler: PgliteCompiler): Promise<Database> {
    const pgDataDir = dataDir ? path.join(dataDir, 'pglite') : undefined
    if (dataDir) fs.mkdirSync(dataDir, { recursive: true })
    if (pgDataDir && !holdsCluster(pgDataDir)) prepareCluster(pgDataDir)
    // A V8 flag read when WebAssembly is compiled: PGlite's module, just below, is the server's only one.
    v8.setFlagsFromString(compiler === 'baseline' ? '--liftoff-only' : '--no-liftoff-only')
    const pglite = await PGlite.create(pgDataDir, {
      // in memory (tests): the prepared cluster, seconds faster than initdb
      loadDataDir: pgDataDir ? undefined : readTemplate(),
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffersMb}MB`],
      parsers: {
        [pgliteTypes.INT8]: (value: string) => Number(value),
        [pgliteTypes.DATE]: (value: string) => value,
      },
    })
    const db = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite }) })
    // Kysely's destroy() closes the PGlite instance, which flushes it to disk cleanly.
    return new Database(db, 'pglite', () => db.destroy())
  }

  private migrator(): Migrator {
    return new Migrator({ db: this.db, provider: migrationProvider })
  }

  async migrateToLatest(): Promise<MigrationResultSet> {
    const result = await this.migrator().migrateToLatest()
    if (result.error) throw result.error
    return result
  }

  /** Brings the database exactly to the given migration (a restore, before its rows are loaded). */
  async migrateTo(name: string): Promise<void> {
    const result = await this.migrator().migrateTo(name)
    if (result.error) throw result.error
  }

  /** This release's migrations, oldest first. */
  async migrationNames(): Promise<string[]> {
    return (await this.migrator().getMigrations()).map((m) => m.name)
  }

  /** Names of this release's migrations not yet applied to the database. */
  async pendingMigrations(): Promise<string[]> {
    return (await this.migrator().getMigrations()).filter((m) => !m.executedAt).map((m) => m.name)
  }

  /** Names of the migrations applied to the database, oldest first. */
  async appliedMigrations(): Promise<string[]> {
    return (await this.migrator().getMigrations()).filter((m) => m.executedAt).map((m) => m.name)
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db)
  }

  async close(): Promise<void> {
    await this.onClose()
  }
}

/**
 * A pool whose clients report a lost connection instead of ending the process. Every client
 * gets a listener for as long as it lives: the pool's own listens only while the client is
 * idle (it removes that client and makes new ones on demand), so a server going away between
 * two queries of a transaction (57P01 on a restart) raised an unhandled 'error' event and
 * ended the process. The query in progress fails on its own, and the pool discards the broken
 * client when it is released.
 */
function newPool(url: string, role: string, poolSize: number, log?: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 })
  const connectionLost = (err: Error) => log?.warn(`${role} connection lost`, { error: errorMessage(err), code: (err as { code?: string }).code })
  pool.on('connect', (client) => client.on('error', connectionLost))
  pool.on('error', () => {}) // the same error, already logged by the client's listener
  return pool
}

/** A new pool that has made one connection, or a DatabaseConnectionError naming the server. */
async function connectPool(url: string, role: string, poolSize: number, log?: Logger): Promise<pg.Pool> {
  const pool = newPool(url, role, poolSize, log)
  try {
    const client = await pool.connect()
    client.release()
  } catch (err) {
    await pool.end().catch(() => {})
    throw new DatabaseConnectionError(`cannot connect to PostgreSQL at ${describeUrl(url)}: ${errorMessage(err)}`)
  }
  return pool
}

/**
 * At start: a replica that cannot be reached now is read around (the primary serves the
 * reads until it answers); one that refuses us (unknown database, wrong password) is a
 * configuration error. A server that is not a standby is allowed, with a warning.
 */
async function checkReplica(replica: ReadReplica, log?: Logger): Promise<void> {
  let lag: number | null
  try {
    lag = await replica.lagSeconds()
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw new DatabaseConnectionError(`cannot use the read replica (DATABASE_READ_URL): ${errorMessage(err)}`)
    replica.markDown(err)
    return
  }
  if (lag === null) log?.warn('DATABASE_READ_URL is not a standby server: the result routes read a database the primary does not replicate to')
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}:${u.port || 5432}${u.pathname}`
  } catch {
    return 'the configured DATABASE_URL'
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length) return errorMessage(err.errors[0])
  if (err instanceof Error) return err.message || (err as NodeJS.ErrnoException).code || err.name
  return String(err)
}
