import { spawn } from 'node:child_process'
import path from 'node:path'
import { buildIsStale } from '../scripts/build-is-stale.mjs'

/** True when the built client is missing or older than its sources (client/, shared/, vite.config.ts). */
export function clientBuildIsStale(clientDir: string, root = process.cwd()): boolean {
  return buildIsStale(
    path.join(clientDir, 'index.html'),
    ['client', 'shared', 'vite.config.ts'].map((source) => path.join(root, source)),
  )
}

/**
 * Builds the client into `outDir` with vite in a child process: the build's few hundred MB
 * go back to the system when it ends instead of staying in the server's heap.
 */
export function buildClient(outDir: string, root = process.cwd()): Promise<void> {
  const script = `const { build } = await import('vite'); await build({ logLevel: 'warn', build: { outDir: process.argv[1] } })`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, outDir], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('error', (err) => reject(new Error(`the client build failed: ${err.message}`)))
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the client build failed (${signal ?? `exit ${code}`})`))))
  })
}
