/**
 * Writes a consistent, compressed backup of the whole database while the server runs.
 * PostgreSQL: pg_dump's custom format (`--logical` for the engine-neutral format);
 * PGlite: the engine-neutral format, through the running server. See docs/operations.md.
 *
 *   npm run backup -- /var/backups/hailong/2026-12-03.dump [--logical]
 */

import { runBackup } from '../server/backups/backup-command'
import { loadConfig } from '../server/config'
import { errorMessage } from '../server/db/database'

const args = process.argv.slice(2)
const file = args.find((arg) => !arg.startsWith('--'))
if (!file) {
  console.error('usage: npm run backup -- <file> [--logical]')
  process.exit(2)
}
try {
  const format = await runBackup(loadConfig(process.env, []), file, { logical: args.includes('--logical') })
  console.log(`backup written: ${file} (${format === 'pg_dump' ? "pg_dump's custom format" : 'logical format'})`)
} catch (err) {
  console.error(`hai-long backup: ${errorMessage(err)}`)
  process.exit(1)
}
