import { spawn, spawnSync } from 'node:child_process'

export class MissingClientTools extends Error {}

/** pg_dump and pg_restore from PATH; their major version must be at least the server's. */
export function assertPgToolsInstalled(): void {
  for (const tool of ['pg_dump', 'pg_restore']) {
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

/** Restores a custom-format dump in one transaction, replacing whatever objects the dump has. */
export const pgRestore = (url: string, file: string) =>
  run('pg_restore', ['--no-owner', '--no-privileges', '--clean', '--if-exists', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file])
