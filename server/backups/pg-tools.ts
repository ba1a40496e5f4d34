import { type ChildProcess, spawn, spawnSync } from 'node:child_process'

export class MissingClientTools extends Error {}

/** pg_dump, pg_restore and psql from PATH; their major version must be at least the server's. */
export function assertPgToolsInstalled(): void {
  for (const tool of ['pg_dump', 'pg_restore', 'psql']) {
    if (spawnSync(tool, ['--version']).error) {
      throw new MissingClientTools(
        `${tool} was not found: install PostgreSQL's client tools of the server's version (Debian: apt-get install postgresql-client), or take an engine-neutral backup with --logical`,
      )
    }
  }
}

function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`))))
  })
}

/** A compressed custom-format dump: pg_dump reads one snapshot, so answers arriving meanwhile do not tear it. */
export const pgDump = (url: string, file: string) => run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`])

// pg_restore --clean drops a partition's index before its parent's, which PostgreSQL refuses
// ("cannot drop inherited constraint"): the partitioned tables are dropped first, in the same transaction.
const DROP_PARTITIONED_TABLES = `do $$ declare t regclass; begin
  for t in select oid from pg_class where relkind = 'p' and not relispartition and relnamespace = current_schema()::regnamespace loop
    execute format('drop table %s cascade', t);
  end loop;
end $$;
`

/**
 * Restores a custom-format dump in one transaction, replacing whatever objects the dump has:
 * pg_restore writes the script, psql runs it after dropping the partitioned tables.
 */
export function pgRestore(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = spawn('pg_restore', ['--no-owner', '--no-privileges', '--clean', '--if-exists', '--file=-', file], { stdio: ['ignore', 'pipe', 'pipe'] })
    const psql = spawn('psql', ['-X', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction', '--file=-', `--dbname=${url}`], {
      stdio: ['pipe', 'ignore', 'pipe'],
    })
    let stderr = ''
    for (const child of [script, psql]) child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    psql.stdin!.on('error', () => {}) // psql stopped at an error: its exit code says so
    psql.stdin!.write(DROP_PARTITIONED_TABLES)
    script.stdout!.pipe(psql.stdin!)
    const exited = (child: ChildProcess) =>
      new Promise<number | null>((done, fail) => {
        child.on('error', fail)
        child.on('close', done)
      })
    Promise.all([exited(script), exited(psql)]).then(([scriptCode, psqlCode]) => {
      if (scriptCode === 0 && psqlCode === 0) resolve()
      else reject(new Error(`pg_restore failed (pg_restore exit ${scriptCode}, psql exit ${psqlCode}): ${stderr.trim()}`))
    }, reject)
  })
}
