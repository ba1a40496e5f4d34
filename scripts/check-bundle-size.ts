/**
 * The JavaScript a kiosk (/k/…) and a phone (/s/…) download, gzipped, from a built client:
 * the entry script of survey.html, every chunk it imports (statically or lazily), and the
 * service worker; and the same for a surveyor's device in interview mode (/field, field.html).
 * Fails above the limits, so a heavy dependency slipping into either is caught.
 *
 *   node --import tsx scripts/check-bundle-size.ts [client dir, default dist/client]
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const SURVEY_JS_LIMIT_BYTES = 60 * 1024
/** Interview mode runs on the survey team's tablets and phones, often on a slow rural network. */
export const FIELD_JS_LIMIT_BYTES = 60 * 1024

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

function measureEntryPage(clientDir: string, htmlFile: string): Omit<PageWeight, 'page'> {
  const files = [...scriptClosure(clientDir, htmlFile), 'sw.js'].map((file) => ({
    file,
    gzipBytes: gzipSync(fs.readFileSync(path.join(clientDir, file))).length,
  }))
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) }
}

export function measureSurveyPages(clientDir: string): PageWeight[] {
  const weight = measureEntryPage(clientDir, 'survey.html')
  // one entry page serves both: the kiosk and the phone load the same scripts
  return ['kiosk /k/:code', 'phone /s/:code'].map((page) => ({ page, ...weight }))
}

export function measureFieldPage(clientDir: string): PageWeight {
  return { page: 'interview mode /field', ...measureEntryPage(clientDir, 'field.html') }
}

function main() {
  const clientDir = path.resolve(process.argv[2] ?? 'dist/client')
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  let failed = false
  const weights = [
    ...measureSurveyPages(clientDir).map((weight) => ({ weight, limit: SURVEY_JS_LIMIT_BYTES })),
    { weight: measureFieldPage(clientDir), limit: FIELD_JS_LIMIT_BYTES },
  ]
  for (const { weight, limit } of weights) {
    const over = weight.gzipBytes > limit
    failed ||= over
    console.log(`${weight.page}: ${kb(weight.gzipBytes)} gzipped (limit ${kb(limit)})${over ? '  TOO BIG' : ''}`)
    for (const file of weight.files) console.log(`  ${file.file}  ${kb(file.gzipBytes)}`)
  }
  if (failed) process.exit(1)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
