import { type Kysely, sql } from 'kysely'

// Responses stored but not yet added to the rollups. The insert transaction only queues the
// response here; a background applier folds the queue into the rollups a second's worth at
// a time (thousands of answers land in the same few hundred rollup rows), and readers add
// the queue to what they read, so the figures always equal a recount.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table rollup_pending (response_id bigint primary key references responses(id) on delete cascade)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_pending`.execute(db)
}
