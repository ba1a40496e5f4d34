import { type Kysely, sql } from 'kysely'

export interface TableInfo {
  name: string
  /** Columns a backup carries (generated columns are recomputed, not stored). */
  columns: string[]
  identityColumns: string[]
  primaryKey: string[]
  /** Columns referencing this same table (an agency's parent): restored in a second pass. */
  selfReferences: string[]
}

/**
 * Tables a backup leaves out: the migrator's own bookkeeping (a restore brings the database to
 * the backup's migrations itself), and the indices versions, which the triggers write again as
 * the restored tables load (restored rows would collide with them).
 */
const isLeftOut = (name: string) => name.startsWith('kysely_migration') || name === 'indices_versions'

/** The application's tables, each after every table it references, read from the catalog (the same on PostgreSQL and PGlite). */
export async function listTables(db: Kysely<any>): Promise<TableInfo[]> {
  const columns = await sql<{ table_name: string; column_name: string; is_identity: string; is_generated: string }>`
    select table_name, column_name, is_identity, is_generated from information_schema.columns
    where table_schema = current_schema() order by table_name, ordinal_position`.execute(db)
  const keys = await sql<{ table_name: string; column_name: string }>`
    select c.relname as table_name, a.attname as column_name
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indisprimary and n.nspname = current_schema() order by c.relname, array_position(i.indkey, a.attnum)`.execute(db)
  const references = await sql<{ child: string; parent: string; column_name: string }>`
    select child.relname as child, parent.relname as parent, a.attname as column_name
    from pg_constraint k join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
    join pg_namespace n on n.oid = k.connamespace
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
    where k.contype = 'f' and n.nspname = current_schema()`.execute(db)
  const tables = new Map<string, TableInfo>()
  for (const c of columns.rows) {
    if (isLeftOut(c.table_name)) continue
    const table = tables.get(c.table_name) ?? { name: c.table_name, columns: [], identityColumns: [], primaryKey: [], selfReferences: [] }
    tables.set(c.table_name, table)
    if (c.is_generated === 'ALWAYS') continue
    table.columns.push(c.column_name)
    if (c.is_identity === 'YES') table.identityColumns.push(c.column_name)
  }
  for (const k of keys.rows) tables.get(k.table_name)?.primaryKey.push(k.column_name)
  const parents = new Map<string, Set<string>>()
  for (const r of references.rows) {
    if (r.child === r.parent) tables.get(r.child)?.selfReferences.push(r.column_name)
    else parents.set(r.child, (parents.get(r.child) ?? new Set()).add(r.parent))
  }
  return dependencyOrder([...tables.values()], parents)
}

/** Tables ordered so that each comes after the tables it references (ties by name, so the order is stable). */
export function dependencyOrder<T extends { name: string }>(tables: T[], parents: Map<string, Set<string>>): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const ordered: T[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string) => {
    if (state.get(name) === 'done' || !byName.has(name)) return
    if (state.get(name) === 'visiting') throw new Error(`foreign keys form a cycle through ${name}`)
    state.set(name, 'visiting')
    for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent)
    state.set(name, 'done')
    ordered.push(byName.get(name)!)
  }
  for (const name of [...byName.keys()].sort()) visit(name)
  return ordered
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

// What people put in; rows that migrations seed themselves (the default organisation) are not data.
const PEOPLES_DATA = new Set(['users', 'agencies', 'questionnaires', 'campaigns', 'responses', 'audit_log'])

/** Whether the database holds anything people put in (accounts, agencies, questionnaires, campaigns, answers, audit). */
export async function hasData(db: Kysely<any>, tables: TableInfo[]): Promise<boolean> {
  for (const table of tables.filter((t) => PEOPLES_DATA.has(t.name))) {
    const { rows } = await sql.raw<{ found: boolean }>(`select exists (select 1 from ${quoteIdent(table.name)}) as found`).execute(db)
    if (rows[0]?.found) return true
  }
  return false
}
