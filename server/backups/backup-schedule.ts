import fs from 'node:fs'
import path from 'node:path'
import type { Config } from '../config'
import { type Database, errorMessage } from '../db/database'
import type { Logger } from '../log'
import { BACKUP_EXTENSIONS, backupFormat, takeBackup } from './take-backup'

const PREFIX = 'hailong-'

/** `hailong-20261203T070000.000Z.dump`: names sort by time. */
export const scheduledBackupName = (at: Date, extension: string) => `${PREFIX}${at.toISOString().replace(/[-:]/g, '')}${extension}`

/** The backups to delete so that the newest `keep` remain (by name, which sorts by time). */
export function backupsToPrune(files: string[], keep: number): string[] {
  const ours = files.filter((f) => f.startsWith(PREFIX) && Object.values(BACKUP_EXTENSIONS).some((ext) => f.endsWith(ext))).sort()
  return ours.slice(0, Math.max(0, ours.length - keep))
}

/** The server's own backups for installations without cron: every `BACKUP_EVERY` into `BACKUP_DIR`, keeping the last `BACKUP_KEEP`. */
export class BackupSchedule {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined

  constructor(
    private readonly config: Config,
    private readonly database: Database,
    private readonly log: Logger,
  ) {}

  start(): void {
    const { backupDir, backupEveryMs } = this.config
    if (!backupDir || !backupEveryMs) return
    fs.mkdirSync(backupDir, { recursive: true })
    this.timer = setInterval(() => {
      this.running ??= this.backUp().finally(() => (this.running = undefined))
    }, backupEveryMs)
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.running
  }

  async backUp(): Promise<void> {
    const { backupDir, backupKeep, databaseUrl } = this.config
    if (!backupDir) return
    const format = backupFormat(this.database)
    const file = path.join(backupDir, scheduledBackupName(new Date(), BACKUP_EXTENSIONS[format]))
    try {
      await takeBackup(this.database, databaseUrl, file, format)
      for (const old of backupsToPrune(fs.readdirSync(backupDir), backupKeep)) fs.rmSync(path.join(backupDir, old), { force: true })
      this.log.info('backup written', { file })
    } catch (err) {
      this.log.error('scheduled backup failed', { file, error: errorMessage(err) })
    }
  }
}
