import { type Kysely, sql } from 'kysely'

/**
 * Runs a migration script statement by statement: PGlite, like any extended-protocol
 * client, refuses several commands in one prepared statement. Statements end with `;`
 * at the end of a line (so no `$$` bodies with inner semicolons at line ends).
 */
export async function runScript(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of script.split(/;\s*$/m)) {
    if (statement.trim()) await sql.raw(statement).execute(db)
  }
}
