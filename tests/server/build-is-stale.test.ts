import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { buildIsStale } from '../../scripts/build-is-stale.mjs'

let dir: string
const touch = (file: string, secondsAgo: number) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, '')
  const at = new Date(Date.now() - secondsAgo * 1000)
  fs.utimesSync(file, at, at)
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-stale-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

it('is stale when the output is missing or older than a file anywhere below a source folder', () => {
  const output = path.join(dir, 'dist', 'main.mjs')
  const sources = [path.join(dir, 'src'), path.join(dir, 'package.json'), path.join(dir, 'missing')]
  touch(path.join(dir, 'src', 'deep', 'a.ts'), 100)
  touch(path.join(dir, 'package.json'), 100)
  expect(buildIsStale(output, sources)).toBe(true)
  touch(output, 50)
  expect(buildIsStale(output, sources)).toBe(false)
  touch(path.join(dir, 'src', 'deep', 'a.ts'), 10)
  expect(buildIsStale(output, sources)).toBe(true)
})
