import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

// PGlite's initdb runs a second PostgreSQL instance and the initdb module beside the first:
// it peaks near 850 MB, the process keeps most of it, and it takes seconds. A fresh cluster,
// made once with `npm run pglite:template` and shipped in the repository, is written out
// instead (a data directory) or loaded (in memory, the tests). A template is tied to the
// PGlite release that made it; without one, initdb runs in a short-lived child process, so
// the server never holds its memory (docs/performance.md).

const TEMPLATE_DIR = fileURLToPath(new URL('../../server/db/pglite-template/', import.meta.url))

/** The installed PGlite release (its package.json is not exported; it sits beside dist/). */
export function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'))
  const manifest = path.join(path.dirname(entry), '..', 'package.json')
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version
}

/** Where the prepared cluster for this PGlite release is kept. */
export function templateFile(version = pgliteVersion()): string {
  return path.join(TEMPLATE_DIR, `pglite-${version}.tar.gz`)
}

/** True when the directory already holds a cluster (PGlite opens it as it is). */
export function holdsCluster(pgDataDir: string): boolean {
  return fs.existsSync(path.join(pgDataDir, 'PG_VERSION'))
}

/** The prepared cluster to load into a new database, or undefined when this release has none. */
export function readTemplate(): Blob | undefined {
  const file = templateFile()
  return fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined
}

/**
 * Makes a new cluster in `pgDataDir`: the template's files written out, or, when this release
 * has none, initdb in a child process, which returns its memory when it ends. It is made aside
 * and renamed into place, so a start interrupted half-way leaves no half-made cluster behind.
 */
export function prepareCluster(pgDataDir: string, template = templateFile()): void {
  const aside = `${pgDataDir}.preparing-${process.pid}`
  fs.rmSync(aside, { recursive: true, force: true })
  try {
    if (fs.existsSync(template)) extractTarball(gunzipSync(fs.readFileSync(template)), aside)
    else initdbInChild(aside)
    fs.renameSync(aside, pgDataDir)
  } catch (err) {
    fs.rmSync(aside, { recursive: true, force: true })
    throw err
  }
}

function initdbInChild(pgDataDir: string): void {
  const moduleUrl = import.meta.resolve('@electric-sql/pglite')
  const script = `const { PGlite } = await import(${JSON.stringify(moduleUrl)}); const db = await PGlite.create(process.argv[1]); await db.close()`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, pgDataDir], { stdio: ['ignore', 'inherit', 'pipe'] })
  if (child.status !== 0) throw new Error(`could not create the embedded database: ${child.stderr.toString().trim() || `exit ${child.status}`}`)
}

const BLOCK = 512

/** Writes out a ustar archive of plain files and directories (what PGlite's dumpDataDir makes). */
export function extractTarball(tar: Uint8Array, intoDir: string): void {
  const text = (from: number, length: number) =>
    Buffer.from(tar.subarray(from, from + length))
      .toString('utf8')
      .replace(/\0.*$/s, '')
  const octal = (from: number, length: number) => Number.parseInt(text(from, length).trim() || '0', 8)
  fs.mkdirSync(intoDir, { recursive: true })
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const name = text(offset, 100)
    if (!name) break // the two empty blocks that end an archive
    const prefix = text(offset + 345, 155)
    const relative = path.posix.normalize(`${prefix ? `${prefix}/` : ''}${name}`).replace(/^\/+/, '')
    if (relative.split('/').includes('..')) throw new Error(`unsafe path in the database template: ${name}`)
    const target = path.join(intoDir, relative)
    const size = octal(offset + 124, 12)
    const mode = octal(offset + 100, 8) & 0o777
    const type = String.fromCharCode(tar[offset + 156] ?? 0)
    offset += BLOCK
    if (type === '5') fs.mkdirSync(target, { recursive: true, mode })
    else if (type === '0' || type === '\0') {
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, tar.subarray(offset, offset + size), { mode })
    } else throw new Error(`unexpected entry type "${type}" in the database template: ${name}`)
    offset += Math.ceil(size / BLOCK) * BLOCK
  }
}
