import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'
import type { PGlite } from '@electric-sql/pglite'

// Kysely ships a PGlite dialect only from 0.29, which requires Node 22; this app supports
// Node 20, so it keeps kysely 0.28 and this small dialect (modelled on kysely's SQLite one).

/** PGlite has one connection: the migrator's lock is the connection itself. */
class PGliteAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { affectedRows, rows } = await this.pglite.query<R>(query.sql, query.parameters as unknown[], { rowMode: 'object' })
    return { numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined, rows: rows ?? [] }
  }

  async *streamQuery(): AsyncIterableIterator<QueryResult<never>> {
    throw new Error('PGlite does not stream query results')
  }
}

/** Hands the one connection to one user at a time, so a transaction's statements never interleave with others. */
class ConnectionMutex {
  private held: Promise<void> | undefined
  private release: (() => void) | undefined

  async lock(): Promise<void> {
    while (this.held) await this.held
    this.held = new Promise((resolve) => (this.release = resolve))
  }

  unlock(): void {
    const release = this.release
    this.held = undefined
    this.release = undefined
    release?.()
  }
}

class PGliteDriver implements Driver {
  private readonly mutex = new ConnectionMutex()
  private readonly connection: PGliteConnection

  constructor(private readonly pglite: PGlite) {
    this.connection = new PGliteConnection(pglite)
  }

  async init(): Promise<void> {
    await this.pglite.waitReady
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock()
    return this.connection
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock()
  }

  async destroy(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close()
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly config: { pglite: PGlite }) {}

  createAdapter() {
    return new PGliteAdapter()
  }
  createDriver() {
    return new PGliteDriver(this.config.pglite)
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db)
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }
}
