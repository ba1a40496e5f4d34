/**
 * The JavaScript a kiosk (/k/…) and a phone (/s/…) download, gzipped, from a built client:
 * the entry script of survey.html, every chunk it imports (statically or lazily), and the
 * service worker. Fails above the limit, so a heavy dependency slipping into the survey is caught.
 *
 *   node --import tsx scripts/check-bundle-size.ts [client dir, default dist/client]
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const SURVEY_JS_LIMIT_BYTES = 60 * 1024

export interface PageWeight {
  page: string
  files: { file: string; gzipBytes: number }[]
  gzipBytes: number
}

/** Paths (relative to the client dir) of the scripts an HTML page loads, then of everything they import. */
function scriptClosure(clientDir: string, htmlFile: string): string[] {
  const html = fs.readFileSync(path.join(clientDir, htmlFile), 'utf8')
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!)
  const seen = new Set<string>()
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = fs.readFileSync(path.join(clientDir, file), 'utf8')
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), match[1]!))
    }
  }
  return [...seen]
}

export function measureSurveyPages(clientDir: string): PageWeight[] {
  const files = [...scriptClosure(clientDir, 'survey.html'), 'sw.js'].map((file) => ({
    file,
    gzipBytes: gzipSync(fs.readFileSync(path.join(clientDir, file))).length,
  }))
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0)
  // one entry page serves both: the kiosk and the phone load the same scripts
  return ['kiosk /k/:code', 'phone /s/:code'].map((page) => ({ page, files, gzipBytes }))
}

function main() {
  const clientDir = path.resolve(process.argv[2] ?? 'dist/client')
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  let failed = false
  for (const weight of measureSurveyPages(clientDir)) {
    const over = weight.gzipBytes > SURVEY_JS_LIMIT_BYTES
    failed ||= over
    console.log(`${weight.page}: ${kb(weight.gzipBytes)} gzipped (limit ${kb(SURVEY_JS_LIMIT_BYTES)})${over ? '  TOO BIG' : ''}`)
    for (const file of weight.files) console.log(`  ${file.file}  ${kb(file.gzipBytes)}`)
  }
  if (failed) process.exit(1)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
