import path from 'node:path'
import { buildIsStale } from '../scripts/build-is-stale.mjs'

/** True when the built client is missing or older than its sources (client/, shared/, vite.config.ts). */
export function clientBuildIsStale(clientDir: string, root = process.cwd()): boolean {
  return buildIsStale(
    path.join(clientDir, 'index.html'),
    ['client', 'shared', 'vite.config.ts'].map((source) => path.join(root, source)),
  )
}

/** Builds the client into `outDir` (vite is imported lazily: only a stale build needs it). */
export async function buildClient(outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { outDir } })
}
