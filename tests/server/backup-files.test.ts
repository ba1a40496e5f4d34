import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { hasData, listTables } from '../../server/backups/catalog'
import { RestoreRefused, restoreLogicalBackup } from '../../server/backups/logical-restore'
import { assertPgToolsInstalled, MissingClientTools } from '../../server/backups/pg-tools'
import { detectBackupFormat } from '../../server/backups/restore-backup'
import { logicalBackupOf } from '../../server/backups/take-backup'
import { useTestApp } from '../helpers/app'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

describe("PostgreSQL's client tools", () => {
  const path = process.env.PATH
  afterEach(() => {
    process.env.PATH = path
  })

  it('are found on PATH, or their absence is told in one clear sentence with the way out', () => {
    expect(() => assertPgToolsInstalled()).not.toThrow()
    process.env.PATH = '/nonexistent'
    expect(() => assertPgToolsInstalled()).toThrow(MissingClientTools)
    expect(() => assertPgToolsInstalled()).toThrow(/pg_dump was not found: install .*postgresql-client.* or take an engine-neutral backup with --logical/)
  })
})

describe('damaged backup files', () => {
  const source = useTestApp('pglite')
  let target: TestDatabase
  let backup: Buffer
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-damaged-'))
  beforeAll(async () => {
    await createSurveyFixture(source.ctx.db)
    backup = await buffer(await logicalBackupOf(source.ctx.database))
    target = await createTestDatabase('pglite')
  })
  afterAll(async () => {
    await target?.cleanup()
    fs.rmSync(workDir, { recursive: true, force: true })
  })

  it('refuses a file cut short and leaves the database as it was', async () => {
    await expect(
      restoreLogicalBackup(target.database, Readable.from([backup.subarray(0, Math.floor(backup.length * 0.8))]), { force: false }),
    ).rejects.toThrow()
    expect(await hasData(target.database.db, await listTables(target.database.db))).toBe(false)
    await restoreLogicalBackup(target.database, Readable.from([backup]), { force: false })
    expect(await hasData(target.database.db, await listTables(target.database.db))).toBe(true)
  })

  it('tells a file that is not a backup from the two formats', () => {
    const notes = path.join(workDir, 'notes.txt')
    fs.writeFileSync(notes, 'not a backup')
    expect(() => detectBackupFormat(notes)).toThrow(RestoreRefused)
    const logical = path.join(workDir, 'b.jsonl.gz')
    fs.writeFileSync(logical, backup)
    expect(detectBackupFormat(logical)).toBe('logical')
  })
})
