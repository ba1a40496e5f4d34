import { Readable } from 'node:stream'
import { Hono } from 'hono'
import type { AppContext } from '../http/context'
import { forbidden } from '../http/errors'
import { isLocalRequest } from '../http/local-request'
import { logicalBackupOf } from './take-backup'

/**
 * `GET /ops/backup`: a logical backup taken by the running server, for `npm run backup`
 * on this machine: PGlite lives inside this process, so no other process may open its files.
 */
export function backupRoutes(ctx: AppContext) {
  return new Hono().get('/backup', async (c) => {
    if (!isLocalRequest(c)) throw forbidden('Backups are served to this machine only')
    c.header('Content-Type', 'application/gzip')
    c.header('Cache-Control', 'no-store')
    return c.body(Readable.toWeb(await logicalBackupOf(ctx.database)) as ReadableStream)
  })
}
