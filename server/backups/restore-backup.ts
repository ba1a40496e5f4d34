import fs from 'node:fs'
import { Database } from '../db/database'
import { hasData, listTables } from './catalog'
import { RestoreRefused, restoreLogicalBackup } from './logical-restore'
import { assertPgToolsInstalled, pgRestore } from './pg-tools'
import type { BackupFormat } from './take-backup'

export interface RestoreTarget {
  /** `postgres://…`, or absent for PGlite in `dataDir`. */
  url?: string
  dataDir?: string
}

/** Tells the two formats apart by their first bytes: pg_dump's custom format begins `PGDMP`, the logical one is gzip. */
export function detectBackupFormat(file: string): BackupFormat {
  const head = Buffer.alloc(5)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, head, 0, 5, 0)
  } finally {
    fs.closeSync(fd)
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump'
  if (head[0] === 0x1f && head[1] === 0x8b) return 'logical'
  throw new RestoreRefused(`${file} is not a Hài Lòng backup (neither pg_dump's custom format nor the logical format)`)
}

/** Restores `file` into the target database, refusing one that holds data unless `force`. */
export async function restoreBackup(target: RestoreTarget, file: string, options: { force: boolean }): Promise<void> {
  const format = detectBackupFormat(file)
  if (format === 'logical') {
    const database = await Database.open(target)
    try {
      await restoreLogicalBackup(database, fs.createReadStream(file), options)
    } finally {
      await database.close()
    }
    return
  }
  if (!target.url)
    throw new RestoreRefused('a pg_dump backup restores into PostgreSQL only: set DATABASE_URL (a backup taken with --logical restores into PGlite too)')
  assertPgToolsInstalled()
  const before = await Database.open(target)
  try {
    if (!options.force && (await hasData(before.db, await listTables(before.db)))) {
      throw new RestoreRefused('the database already holds data: restore into an empty database, or pass --force to replace its contents')
    }
  } finally {
    await before.close()
  }
  await pgRestore(target.url, file)
  const after = await Database.open(target)
  try {
    await after.migrateToLatest()
  } finally {
    await after.close()
  }
}
