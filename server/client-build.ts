import fs from 'node:fs'
import path from 'node:path'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** True when the built client is missing or older than its sources (client/ and shared/). */
export function clientBuildIsStale(clientDir: string, root = process.cwd()): boolean {
  const builtIndex = path.join(clientDir, 'index.html')
  if (!fs.existsSync(builtIndex)) return true
  const sources = ['client', 'shared'].map((dir) => path.join(root, dir)).filter((dir) => fs.existsSync(dir))
  const newestSource = Math.max(...sources.map(newestMtime), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs)
  return newestSource > fs.statSync(builtIndex).mtimeMs
}

/** Builds the client into `outDir` (vite is imported lazily: only a stale build needs it). */
export async function buildClient(outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { outDir } })
}
