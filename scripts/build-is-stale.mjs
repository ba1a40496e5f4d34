// Plain JavaScript, so that both `npm start`'s launcher (before any TypeScript runs) and the
// server's client build can use it.
import fs from 'node:fs'
import path from 'node:path'

/** The newest modification time of a file, or of any file below a folder (0 when missing). */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

/** True when `output` is missing or older than any of `sources` (files or folders). */
export function buildIsStale(output, sources) {
  return !fs.existsSync(output) || Math.max(...sources.map(newestMtime)) > fs.statSync(output).mtimeMs
}
