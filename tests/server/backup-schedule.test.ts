import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { backupsToPrune } from '../../server/backups/backup-schedule'
import { detectBackupFormat } from '../../server/backups/restore-backup'
import { ConfigError, loadConfig } from '../../server/config'
import { useTestApp } from '../helpers/app'

const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-scheduled-'))
afterAll(() => fs.rmSync(backupDir, { recursive: true, force: true }))

describe('scheduled backups', () => {
  const t = useTestApp('pglite', { backupDir, backupEveryMs: 3_600_000, backupKeep: 2 })

  it('reads BACKUP_EVERY as a duration and refuses what is not one', () => {
    expect(loadConfig({ BACKUP_DIR: '/srv/backups', BACKUP_EVERY: '24h', BACKUP_KEEP: '14' })).toMatchObject({ backupEveryMs: 86_400_000, backupKeep: 14 })
    expect(loadConfig({ BACKUP_EVERY: '30m' }).backupEveryMs).toBe(1_800_000)
    expect(loadConfig({}).backupEveryMs).toBe(0)
    expect(() => loadConfig({ BACKUP_EVERY: 'daily' })).toThrow(ConfigError)
  })

  it('prunes all but the newest of its own files', () => {
    const files = ['hailong-20261201T000000.000Z.dump', 'notes.txt', 'hailong-20261203T000000.000Z.dump', 'hailong-20261202T000000.000Z.jsonl.gz']
    expect(backupsToPrune(files, 2)).toEqual(['hailong-20261201T000000.000Z.dump'])
    expect(backupsToPrune(files, 5)).toEqual([])
  })

  it('writes complete logical backups into BACKUP_DIR and keeps the last BACKUP_KEEP', async () => {
    for (let i = 0; i < 3; i++) {
      await t.ctx.backups.backUp()
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const files = fs.readdirSync(backupDir).sort()
    expect(files).toHaveLength(2)
    for (const file of files) {
      expect(file).toMatch(/^hailong-\d{8}T\d{6}\.\d{3}Z\.jsonl\.gz$/)
      expect(detectBackupFormat(path.join(backupDir, file))).toBe('logical')
    }
  })
})
