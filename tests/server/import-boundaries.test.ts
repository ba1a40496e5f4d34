import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const BIOME = path.join(ROOT, 'node_modules/.bin/biome')

/** Lints one file placed at `filePath` in an empty tree that has the project's biome.json (git ignore rules aside). */
function lint(filePath: string, source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-boundaries-'))
  try {
    const { vcs: _vcs, ...config } = JSON.parse(fs.readFileSync(path.join(ROOT, 'biome.json'), 'utf8'))
    fs.writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config))
    fs.mkdirSync(path.dirname(path.join(dir, filePath)), { recursive: true })
    fs.writeFileSync(path.join(dir, filePath), source)
    return spawnSync(BIOME, ['lint', filePath], { cwd: dir, encoding: 'utf8' })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('import boundaries (biome.json, run by npm test)', () => {
  it('refuses a client file that imports server code', () => {
    const result = lint('client/admin/probe.ts', "import { ApiError } from '../../server/http/errors'\nexport const probe = ApiError\n")
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('noRestrictedImports')
  })

  it('refuses a shared file that imports server code', () => {
    const result = lint('shared/probe.ts', "import { config } from '../server/config'\nexport const probe = config\n")
    expect(result.status).not.toBe(0)
  })

  it('refuses the index math importing the database layer', () => {
    const result = lint('server/indices/compute/probe.ts', "import type { ResponseRow } from '../../db/schema/response'\nexport type Probe = ResponseRow\n")
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('pure')
  })

  it('lets a client file import shared code', () => {
    const result = lint('client/admin/probe.ts', "import type { ErrorBody } from '../../shared/http/errors'\nexport type Probe = ErrorBody\n")
    expect(result.stdout + result.stderr).not.toContain('noRestrictedImports')
    expect(result.status).toBe(0)
  })
})
