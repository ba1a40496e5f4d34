// `npm start`: compiles the server (its TypeScript and shared/ and migrations/ into one ES
// module; packages stay imports from node_modules) when a source is newer than the build,
// then runs it in this process. Running compiled JavaScript instead of transpiling through
// tsx at run time keeps ~70 MB out of the server's memory.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { buildIsStale } from './build-is-stale.mjs'

const root = path.resolve(import.meta.dirname, '..')
const outfile = path.join(root, 'dist', 'server', 'main.mjs')
// What the bundle is built from (package.json: a dependency changed).
const sources = ['server', 'shared', 'migrations', 'scripts/build-is-stale.mjs', 'package.json'].map((source) => path.join(root, source))

if (buildIsStale(outfile, sources)) {
  const result = await build({
    entryPoints: [path.join(root, 'server', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    write: false,
    outfile,
    logLevel: 'warning',
  })
  // Written aside and renamed, the module last: several servers starting at once (tests)
  // never read half a file.
  fs.mkdirSync(path.dirname(outfile), { recursive: true })
  const files = result.outputFiles.sort((a, b) => Number(a.path === outfile) - Number(b.path === outfile))
  for (const file of files) {
    const partial = `${file.path}.${process.pid}.tmp`
    fs.writeFileSync(partial, file.contents)
    fs.renameSync(partial, file.path)
  }
}

await import(pathToFileURL(outfile).href)
