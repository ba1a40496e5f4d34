// One engine under test: a throw-away database (a new PostgreSQL database, or a PGlite
// data directory in a temp folder), the real server on it as a separate process, and a
// direct connection from the bench process for bulk SQL and the final counts.

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { Database, type DatabaseKind } from '../../server/db/database'
import { type ServerProcess, startServerProcess } from '../helpers/server-process'

export const ADMIN_EMAIL = 'bench-admin@hailong.test'
export const ADMIN_PASSWORD = 'bench-Password-2026'

export interface BenchTarget {
  kind: DatabaseKind
  /** Starts the server (a fresh process each time); stop it before opening the database on PGlite. */
  startServer(): Promise<ServerProcess>
  /** A direct connection to the same database; on PGlite only while the server is stopped (one process owns the files). */
  openDatabase(): Promise<Database>
  /** Drops the database or removes the data directory. */
  cleanup(): Promise<void>
}

export async function createBenchTarget(kind: DatabaseKind, postgresUrl: string | undefined): Promise<BenchTarget> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-bench-'))
  // A prebuilt client stand-in, newer than any source, so start-up never runs vite.
  const clientDir = path.join(workDir, 'client')
  fs.mkdirSync(clientDir)
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Hài Lòng bench</title>')
  const future = new Date(Date.now() + 24 * 3600 * 1000)
  fs.utimesSync(path.join(clientDir, 'index.html'), future, future)
  const baseEnv = { CLIENT_DIR: clientDir, ADMIN_EMAIL, ADMIN_PASSWORD, LOG_LEVEL: 'warn' }
  const removeWorkDir = () => fs.rmSync(workDir, { recursive: true, force: true })
  const profileDir = process.env.BENCH_PROFILE
  // A CPU profile of each server process (written when it stops) and its GC trace (on stdout, saved by the bench).
  const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir, kind)}`, '--trace-gc'] : []

  if (kind === 'pglite') {
    const dataDir = path.join(workDir, 'data')
    return {
      kind,
      startServer: () => startServerProcess({ ...baseEnv, DATA_DIR: dataDir, DATABASE_URL: '' }, [], nodeFlags),
      openDatabase: () => Database.open({ dataDir }),
      cleanup: async () => removeWorkDir(),
    }
  }

  if (!postgresUrl) throw new Error('no PostgreSQL server')
  const scratch = await scratchPostgresDatabase(postgresUrl)
  return {
    kind,
    startServer: () => startServerProcess({ ...baseEnv, DATABASE_URL: scratch.url }, [], nodeFlags),
    openDatabase: () => Database.open({ url: scratch.url, poolSize: 4 }),
    async cleanup() {
      removeWorkDir()
      await scratch.drop()
    },
  }
}

/** A new, empty database on the PostgreSQL server, dropped by `drop()`. */
export async function scratchPostgresDatabase(postgresUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hailong_bench_${randomBytes(6).toString('hex')}`
  await adminQuery(postgresUrl, `create database ${name}`)
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => adminQuery(postgresUrl, `drop database if exists ${name} with (force)`) }
}

/** The PostgreSQL server to use: DATABASE_URL, else the local one if it answers, else none. */
export async function findPostgres(): Promise<string | undefined> {
  const candidate = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
  try {
    await adminQuery(candidate, 'select 1')
    return candidate
  } catch (error) {
    if (process.env.DATABASE_URL) throw error
    return undefined
  }
}

export async function postgresVersion(postgresUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version
  } finally {
    await client.end()
  }
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
