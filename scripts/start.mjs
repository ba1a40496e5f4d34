// `npm start`: compiles the server (its TypeScript and shared/ and migrations/ into one ES
// module; packages stay imports from node_modules) when a source is newer than the build,
// then runs it in this process. Running compiled JavaScript instead of transpiling through
// tsx at run time keeps ~70 MB out of the server's memory.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const outfile = path.join(root, 'dist', 'server', 'main.mjs')
const sources = ['server', 'shared', 'migrations'].map((dir) => path.join(root, dir))

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

const stale = () => !fs.existsSync(outfile) || Math.max(...sources.map(newestMtime), fs.statSync(path.join(root, 'package.json')).mtimeMs) > fs.statSync(outfile).mtimeMs

if (stale()) {
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
