import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/database'
import { hasData, listTables, quoteIdent, type TableInfo } from './catalog'
import { LOGICAL_FORMAT, LOGICAL_VERSION, type LogicalHeader, type SectionLine } from './logical-backup'

const INSERT_ROWS = 500

export class RestoreRefused extends Error {}

/**
 * Loads a logical backup into `database`: brings an empty database to the backup's
 * migrations, loads every table in one transaction (nothing is half-restored), then
 * migrates to this release's latest. A database with data is refused unless `force`,
 * which replaces its contents.
 */
export async function restoreLogicalBackup(database: Database, input: Readable, options: { force: boolean }): Promise<Record<string, number>> {
  const unzipped = input.pipe(createGunzip())
  input.once('error', (error) => unzipped.destroy(error)) // pipe() does not pass the file's errors on
  const lines = createInterface({ input: unzipped, crlfDelay: Infinity })[Symbol.asyncIterator]()
  const first = await lines.next()
  const header = first.done ? undefined : (JSON.parse(first.value) as LogicalHeader)
  if (header?.format !== LOGICAL_FORMAT || header.version > LOGICAL_VERSION)
    throw new RestoreRefused('not a Hài Lòng logical backup (or one from a newer release)')
  const known = await database.migrationNames()
  const unknown = header.migrations.filter((name) => !known.includes(name))
  if (unknown.length) throw new RestoreRefused(`the backup comes from a newer release (migrations ${unknown.join(', ')}): upgrade this installation first`)

  const applied = await database.appliedMigrations()
  if (applied.length === 0) {
    const last = header.migrations.at(-1)
    if (last) await database.migrateTo(last)
  } else if (applied.join() !== header.migrations.join()) {
    throw new RestoreRefused(
      `this database is at migration ${applied.at(-1)} and the backup at ${header.migrations.at(-1)}: restore into a new, empty database`,
    )
  }
  const tables = new Map((await listTables(database.db)).map((t) => [t.name, t]))
  if (!options.force && (await hasData(database.db, [...tables.values()]))) {
    throw new RestoreRefused('the database already holds data: restore into an empty database, or pass --force to replace its contents')
  }
  const counts = await database.db.transaction().execute(async (trx) => {
    await sql.raw(`truncate ${[...tables.keys()].map(quoteIdent).join(', ')} restart identity cascade`).execute(trx)
    return loadTables(trx, tables, lines)
  })
  await database.migrateToLatest()
  return counts
}

async function loadTables(trx: Transaction<any>, tables: Map<string, TableInfo>, lines: AsyncIterator<string>): Promise<Record<string, number>> {
  const loaded = new Map<string, number>()
  let loader: TableLoader | undefined
  for (;;) {
    const next = await lines.next()
    if (next.done) throw new RestoreRefused('the backup file ends early (it was cut short): nothing was restored')
    if (!next.value.startsWith('[')) {
      if (!loader) throw new RestoreRefused('the backup file is damaged: a row outside any table')
      await loader.add(next.value)
      continue
    }
    if (loader) loaded.set(loader.table.name, await loader.finish())
    const section = JSON.parse(next.value) as SectionLine
    if (section[0] === 'end') {
      for (const [name, count] of Object.entries(section[1])) {
        if ((loaded.get(name) ?? 0) !== count)
          throw new RestoreRefused(`the backup file is damaged: ${name} has ${loaded.get(name) ?? 0} rows, ${count} expected`)
      }
      return section[1]
    }
    const table = tables.get(section[1])
    if (!table) throw new RestoreRefused(`the backup has a table this release does not know: ${section[1]}`)
    loader = new TableLoader(trx, table, section[2])
  }
}

/**
 * Inserts one table's rows in batches through `jsonb_populate_recordset`, so PostgreSQL
 * itself turns each JSON value back into its column's type. Columns the backup lacks
 * take their defaults; references to the same table are set once every row is in.
 */
class TableLoader {
  private batch: string[] = []
  private readonly selfReferenced: string[] = []
  private count = 0
  private readonly columns: string[]
  private readonly selfReferences: string[]

  constructor(
    private readonly trx: Kysely<any>,
    readonly table: TableInfo,
    backupColumns: string[],
  ) {
    this.columns = table.columns.filter((c) => backupColumns.includes(c))
    this.selfReferences = table.selfReferences.filter((c) => this.columns.includes(c))
  }

  async add(row: string): Promise<void> {
    this.batch.push(row)
    if (this.batch.length >= INSERT_ROWS) await this.flush()
  }

  /** Writes what is left, the self-references and the identity counters; returns the rows loaded. */
  async finish(): Promise<number> {
    await this.flush()
    const name = quoteIdent(this.table.name)
    for (let i = 0; i < this.selfReferenced.length; i += INSERT_ROWS) {
      const rows = `[${this.selfReferenced.slice(i, i + INSERT_ROWS).join(',')}]`
      const set = this.selfReferences.map((c) => `${quoteIdent(c)} = v.${quoteIdent(c)}`).join(', ')
      const match = this.table.primaryKey.map((c) => `t.${quoteIdent(c)} = v.${quoteIdent(c)}`).join(' and ')
      await sql`update ${sql.raw(`${name} t`)} set ${sql.raw(set)} from jsonb_populate_recordset(null::${sql.raw(name)}, ${rows}::jsonb) v where ${sql.raw(match)}`.execute(
        this.trx,
      )
    }
    for (const column of this.table.identityColumns) {
      await sql`select setval(pg_get_serial_sequence(${name}, ${column}), coalesce(max(${sql.ref(column)}), 0) + 1, false) from ${sql.raw(name)}`.execute(
        this.trx,
      )
    }
    return this.count
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return
    const rows = `[${this.batch.join(',')}]`
    const name = quoteIdent(this.table.name)
    const target = this.columns.map(quoteIdent).join(', ')
    const selected = this.columns.map((c) => (this.selfReferences.includes(c) ? 'null' : quoteIdent(c))).join(', ')
    const overriding = this.table.identityColumns.length ? 'overriding system value' : ''
    await sql`insert into ${sql.raw(`${name} (${target}) ${overriding}`)} select ${sql.raw(selected)} from jsonb_populate_recordset(null::${sql.raw(name)}, ${rows}::jsonb)`.execute(
      this.trx,
    )
    if (this.selfReferences.length) this.selfReferenced.push(...this.batch)
    this.count += this.batch.length
    this.batch = []
  }
}
