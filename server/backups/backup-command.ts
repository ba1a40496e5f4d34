import fs from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { Config } from '../config'
import { Database } from '../db/database'
import { RestoreRefused } from './logical-restore'
import { restoreBackup } from './restore-backup'
import { type BackupFormat, backupFormat, takeBackup } from './take-backup'

const localServer = (config: Config) => `http://127.0.0.1:${config.port}`

/** Whether a server answers on this machine's configured port (it then owns a PGlite database). */
async function serverIsRunning(config: Config): Promise<boolean> {
  try {
    await fetch(`${localServer(config)}/healthz`, { signal: AbortSignal.timeout(3000) })
    return true
  } catch {
    return false
  }
}

/**
 * `npm run backup -- <file>`: PostgreSQL is dumped by pg_dump (or logically with
 * `--logical`); PGlite is backed up by the running server itself, or opened here when
 * no server runs.
 */
export async function runBackup(config: Config, file: string, options: { logical: boolean }): Promise<BackupFormat> {
  if (!config.databaseUrl && (await serverIsRunning(config))) {
    const response = await fetch(`${localServer(config)}/ops/backup`)
    if (!response.ok || !response.body) throw new Error(`the server refused the backup: HTTP ${response.status} ${await response.text()}`)
    const partial = `${file}.partial`
    try {
      await pipeline(Readable.fromWeb(response.body as WebReadableStream), fs.createWriteStream(partial))
      fs.renameSync(partial, file)
    } finally {
      fs.rmSync(partial, { force: true })
    }
    return 'logical'
  }
  const database = await Database.open({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    sharedBuffersMb: config.pgliteSharedBuffersMb,
    pgliteCompiler: config.pgliteCompiler,
  })
  try {
    const format = backupFormat(database, options)
    await takeBackup(database, config.databaseUrl, file, format)
    return format
  } finally {
    await database.close()
  }
}

/** `npm run restore -- <file> [--force]`, into DATABASE_URL or the PGlite files in DATA_DIR (with its server stopped). */
export async function runRestore(config: Config, file: string, options: { force: boolean }): Promise<void> {
  if (!fs.existsSync(file)) throw new RestoreRefused(`${file} does not exist`)
  if (!config.databaseUrl && (await serverIsRunning(config))) {
    throw new RestoreRefused(`a server is running on port ${config.port}: stop it first (its embedded database has one owner)`)
  }
  await restoreBackup({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir }, file, options)
}
