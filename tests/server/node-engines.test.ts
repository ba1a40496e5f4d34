import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)
// semver comes with the build tools (it is what npm itself uses to check `engines`)
const semver: { satisfies(version: string, range: string): boolean; minVersion(range: string): { version: string } | null } = require('semver')

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))

describe('the stated Node.js minimum', () => {
  const stated: string = readJson('package.json').engines.node
  // the lowest release of each line package.json accepts
  const lowest = stated.split('||').map((part) => semver.minVersion(part.trim())!.version)

  // Packages whose declared floor is above ours though the whole suite runs on our floor in CI.
  const provenBelowTheirFloor = new Set(['node_modules/kysely'])

  it('is what every installed runtime package accepts, but for those the suite proves on it', () => {
    const packages: Record<string, { dev?: boolean; engines?: { node?: string } }> = readJson('package-lock.json').packages
    const refused = Object.entries(packages)
      .filter(([name, info]) => name !== '' && !info.dev && info.engines?.node && !provenBelowTheirFloor.has(name))
      .flatMap(([name, info]) =>
        lowest.filter((version) => !semver.satisfies(version, info.engines!.node!)).map((version) => `${name} (${info.engines!.node}) refuses ${version}`),
      )
    expect(refused).toEqual([])
  })

  it('is the one README and .ci/run state', () => {
    expect(lowest).toEqual(['20.19.0', '22.13.0'])
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('Node.js 20.19+ or 22.13+')
    expect(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toContain('(major === 20 && minor >= 19) || (major === 22 && minor >= 13) || major > 22')
  })
})
