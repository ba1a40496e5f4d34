/**
 * Restores a backup made by `npm run backup` (either format) into DATABASE_URL, or into
 * the PGlite files in DATA_DIR with the server stopped. A database that already holds data
 * is refused unless --force. See docs/operations.md.
 *
 *   npm run restore -- /var/backups/hailong/2026-12-03.dump [--force]
 */

import { runRestore } from '../server/backups/backup-command'
import { loadConfig } from '../server/config'
import { errorMessage } from '../server/db/database'

const args = process.argv.slice(2)
const file = args.find((arg) => !arg.startsWith('--'))
if (!file) {
  console.error('usage: npm run restore -- <file> [--force]')
  process.exit(2)
}
try {
  await runRestore(loadConfig(process.env, []), file, { force: args.includes('--force') })
  console.log(`restored: ${file}`)
} catch (err) {
  console.error(`hai-long restore: ${errorMessage(err)}`)
  process.exit(1)
}
