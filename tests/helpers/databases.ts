import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { Database, type DatabaseKind } from '../../server/db/database'

/** The databases every server test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

export interface TestDatabase {
  database: Database
  /** The throw-away PostgreSQL database's URL (absent for PGlite, which is in memory). */
  url?: string
  /** Closes the connection and drops the throw-away database. */
  cleanup(): Promise<void>
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server.
 * `migrate: false` leaves it empty, for tests of a migration.
 */
export async function createTestDatabase(kind: DatabaseKind, { migrate = true } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await Database.open()
    if (migrate) await database.migrateToLatest()
    return { database, cleanup: () => database.close() }
  }
  const baseUrl = process.env.DATABASE_URL
  if (!baseUrl) throw new Error('DATABASE_URL is not set')
  const name = `hailong_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  const database = await Database.open({ url: url.toString(), poolSize: 5 })
  if (migrate) await database.migrateToLatest()
  return {
    database,
    url: url.toString(),
    async cleanup() {
      await database.close()
      const dropper = new pg.Client({ connectionString: baseUrl })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}
