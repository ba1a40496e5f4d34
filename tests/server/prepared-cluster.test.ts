import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildClient } from '../../server/client-build'
import { ConfigError, loadConfig } from '../../server/config'
import { Database } from '../../server/db/database'
import { extractTarball, holdsCluster, pgliteVersion, prepareCluster, templateFile } from '../../server/db/prepared-cluster'

let workDir: string
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-cluster-'))
})
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

/** A ustar archive of the given files, as PGlite's dumpDataDir writes one. */
function tarball(files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = []
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512)
    header.write(name, 0, 'utf8')
    header.write('0000600\0', 100)
    header.write(`${Buffer.byteLength(content).toString(8).padStart(11, '0')}\0`, 124)
    header.write('0', 156)
    header.write('ustar\0', 257)
    blocks.push(header, Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512))
    blocks[blocks.length - 1]!.write(content)
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)])
}

describe('the prepared PGlite cluster', () => {
  it('ships for the installed PGlite release (run npm run pglite:template after upgrading it)', () => {
    expect(fs.existsSync(templateFile()), `no ${path.basename(templateFile())} for PGlite ${pgliteVersion()}`).toBe(true)
  })

  it('is written out as a cluster that PGlite opens, migrates and keeps', async () => {
    const dataDir = path.join(workDir, 'from-template')
    const first = await Database.open({ dataDir })
    await first.migrateToLatest()
    await first.db.insertInto('agencies').values({ name: 'UBND xã Chiềng Cơi', code: 'XA-CC', kind: 'commune', parent_id: null }).execute()
    await first.close()
    expect(holdsCluster(path.join(dataDir, 'pglite'))).toBe(true)
    expect(fs.readdirSync(dataDir)).toEqual(['pglite']) // nothing left aside

    const again = await Database.open({ dataDir })
    const agency = await again.db.selectFrom('agencies').select('name').where('code', '=', 'XA-CC').executeTakeFirst()
    await again.close()
    expect(agency?.name).toBe('UBND xã Chiềng Cơi')
  }, 120_000)

  it('falls back to initdb in a child process when the release has no template', async () => {
    const pgDataDir = path.join(workDir, 'initdb', 'pglite')
    fs.mkdirSync(path.dirname(pgDataDir))
    prepareCluster(pgDataDir, path.join(workDir, 'no-such-template.tar.gz'))
    expect(holdsCluster(pgDataDir)).toBe(true)
    const database = await Database.open({ dataDir: path.dirname(pgDataDir) })
    await database.ping()
    await database.close()
  }, 180_000)

  it('refuses an archive entry that would leave the data directory, and leaves nothing behind', () => {
    const into = path.join(workDir, 'hostile')
    expect(() => extractTarball(tarball({ 'base/ok': 'x', '../escaped': 'y' }), into)).toThrow(/unsafe path/)
    expect(fs.existsSync(path.join(workDir, 'escaped'))).toBe(false)
  })

  it('removes a half-made cluster when preparing fails', () => {
    const pgDataDir = path.join(workDir, 'broken', 'pglite')
    fs.mkdirSync(path.dirname(pgDataDir))
    const hostile = path.join(workDir, 'hostile.tar.gz')
    fs.writeFileSync(hostile, gzipSync(tarball({ PG_VERSION: '17', '../x': 'y' })))
    expect(() => prepareCluster(pgDataDir, hostile)).toThrow(/unsafe path/)
    expect(fs.readdirSync(path.dirname(pgDataDir))).toEqual([])
  })
})

describe('PGlite shared buffers', () => {
  it('are 16 MB unless PGLITE_SHARED_BUFFERS_MB says otherwise, and reach PGlite', async () => {
    expect(loadConfig({}).pgliteSharedBuffersMb).toBe(16)
    expect(loadConfig({ PGLITE_SHARED_BUFFERS_MB: '64' }).pgliteSharedBuffersMb).toBe(64)
    for (const bad of ['0', 'lots', '2048']) expect(() => loadConfig({ PGLITE_SHARED_BUFFERS_MB: bad })).toThrow(ConfigError)
    const database = await Database.open({ sharedBuffersMb: 24 })
    const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db)
    await database.close()
    expect(rows[0]?.shared_buffers).toBe('24MB')
  }, 60_000)
})

describe('PGlite compiler', () => {
  it('is the baseline unless PGLITE_COMPILER says otherwise, and either one runs queries', async () => {
    expect(loadConfig({}).pgliteCompiler).toBe('baseline')
    expect(loadConfig({ PGLITE_COMPILER: 'optimizing' }).pgliteCompiler).toBe('optimizing')
    for (const bad of ['turbofan', 'fast', 'Baseline']) expect(() => loadConfig({ PGLITE_COMPILER: bad })).toThrow(ConfigError)
    // the V8 flag changes at run time between two instances of one process
    for (const pgliteCompiler of ['optimizing', 'baseline'] as const) {
      const database = await Database.open({ pgliteCompiler })
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from generate_series(1, 50000)`.execute(database.db)
      await database.close()
      expect(rows[0]?.n).toBe(50000)
    }
  }, 60_000)
})

describe('the client build at start-up', () => {
  it('runs vite in a child process and writes both entry pages', async () => {
    const outDir = path.join(workDir, 'client')
    await buildClient(outDir)
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true)
    expect(fs.existsSync(path.join(outDir, 'survey.html'))).toBe(true)
  }, 180_000)

  it('fails with the reason when the build cannot run', async () => {
    const notAProject = path.join(workDir, 'not-a-project')
    fs.mkdirSync(notAProject)
    await expect(buildClient(path.join(workDir, 'nowhere'), notAProject)).rejects.toThrow(/client build failed \(exit 1\)/)
  })
})
