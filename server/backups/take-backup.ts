import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { Database } from '../db/database'
import { logicalBackupStream } from './logical-backup'
import { assertPgToolsInstalled, pgDump } from './pg-tools'

export type BackupFormat = 'pg_dump' | 'logical'

export const BACKUP_EXTENSIONS: Record<BackupFormat, string> = { pg_dump: '.dump', logical: '.jsonl.gz' }

/** What a backup of this database is made with: pg_dump on PostgreSQL unless the logical format is asked for. */
export const backupFormat = (database: Database, options: { logical?: boolean } = {}): BackupFormat =>
  database.kind === 'postgres' && !options.logical ? 'pg_dump' : 'logical'

/** The logical backup of a running database, as a gzip stream. */
export async function logicalBackupOf(database: Database) {
  return logicalBackupStream(database.db, await database.appliedMigrations())
}

/**
 * Writes a backup to `file`, through a temporary name renamed at the end: a file with
 * the final name is always complete.
 */
export async function takeBackup(database: Database, url: string | undefined, file: string, format: BackupFormat): Promise<void> {
  const partial = `${file}.partial`
  try {
    if (format === 'pg_dump') {
      assertPgToolsInstalled()
      await pgDump(url!, partial)
    } else {
      await pipeline(await logicalBackupOf(database), fs.createWriteStream(partial))
    }
    fs.renameSync(partial, file)
  } finally {
    fs.rmSync(partial, { force: true })
  }
}
