import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

interface LockPackage {
  hasInstallScript?: boolean
}

const root = new URL('../../', import.meta.url)
const read = (file: string) => JSON.parse(fs.readFileSync(new URL(file, root), 'utf8'))

/** `node_modules/a/node_modules/@scope/b` → `@scope/b` */
const packageName = (lockPath: string) => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length)

// A government server must install clean: no package runs code at install time unless the
// project reviewed it and listed it in package.json's `allowScripts` (what npm itself obeys).
describe('install scripts', () => {
  it('are run only by packages the project approved', () => {
    const approved = new Set(
      Object.entries<boolean>(read('package.json').allowScripts ?? {}).flatMap(([name, allowed]) => (allowed ? [name.replace(/(.)@.*$/, '$1')] : [])),
    )
    const packages: Record<string, LockPackage> = read('package-lock.json').packages
    const withScripts = Object.entries(packages).flatMap(([path, pkg]) => (pkg.hasInstallScript && path ? [packageName(path)] : []))
    expect(withScripts.filter((name) => !approved.has(name))).toEqual([])
  })
})
