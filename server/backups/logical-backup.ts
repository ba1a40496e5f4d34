import type { Readable, Writable } from 'node:stream'
import { createGzip } from 'node:zlib'
import { type Kysely, sql } from 'kysely'
import { listTables, quoteIdent } from './catalog'

export const LOGICAL_FORMAT = 'hai-long-logical-backup'
export const LOGICAL_VERSION = 1
const FETCH_ROWS = 1000

export interface LogicalHeader {
  format: typeof LOGICAL_FORMAT
  version: number
  createdAt: string
  /** The migrations applied when the backup was taken: a restore brings the target to exactly these first. */
  migrations: string[]
}

/** `["table", name, columns]` opens a table's rows; `["end", counts]` closes the backup (a file without it was cut short). */
export type SectionLine = ['table', string, string[]] | ['end', Record<string, number>]

/**
 * The engine-neutral backup: gzip-compressed JSON lines, a header, then every table in
 * foreign-key order, one JSON object per row as PostgreSQL's own `to_jsonb` writes it (so
 * timestamps, numerics and JSON keep their exact values on either engine). Read in one
 * repeatable-read transaction: a consistent snapshot while answers keep coming in.
 */
export function logicalBackupStream(db: Kysely<any>, migrations: string[]): Readable {
  const gzip = createGzip()
  const write = (line: unknown) => (gzip.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`) ? undefined : drained(gzip))
  db.transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const header: LogicalHeader = { format: LOGICAL_FORMAT, version: LOGICAL_VERSION, createdAt: new Date().toISOString(), migrations }
      await write(header)
      const counts: Record<string, number> = {}
      for (const table of await listTables(trx)) {
        await write(['table', table.name, table.columns] satisfies SectionLine)
        const order = table.primaryKey.length ? ` order by ${table.primaryKey.map(quoteIdent).join(', ')}` : ''
        await sql.raw(`declare backup_rows no scroll cursor for select to_jsonb(t)::text as row from ${quoteIdent(table.name)} t${order}`).execute(trx)
        let count = 0
        for (;;) {
          const { rows } = await sql.raw<{ row: string }>(`fetch ${FETCH_ROWS} from backup_rows`).execute(trx)
          for (const { row } of rows) await write(row)
          count += rows.length
          if (rows.length < FETCH_ROWS) break
        }
        counts[table.name] = count
        await sql.raw('close backup_rows').execute(trx)
      }
      await write(['end', counts] satisfies SectionLine)
    })
    .then(
      () => gzip.end(),
      (error: unknown) => gzip.destroy(error instanceof Error ? error : new Error(String(error))),
    )
  return gzip
}

/** Waits until the reader caught up; fails if it went away, so the snapshot's transaction ends instead of waiting for ever. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain)
      stream.off('close', onClose)
      if (error) reject(error)
      else resolve()
    }
    const onDrain = () => done()
    const onClose = () => done(new Error('the backup was not read to its end'))
    stream.on('drain', onDrain)
    stream.on('close', onClose)
  })
}
