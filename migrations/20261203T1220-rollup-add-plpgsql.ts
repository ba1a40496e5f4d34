import { type Kysely, sql } from 'kysely'

// rollup_add as a PL/pgSQL loop instead of a SQL function over unnest(a, b) with ordinality
// and an ordered array_agg: the applier's pass adds a ~190-slot vector to every touched
// cell (~1,150 rows for 50 units with their demographic groups), and that function was
// most of PostgreSQL's CPU under ingest (pg_stat_statements: 0.37 ms a call, the pass's
// upsert 0.4–0.6 s every second). The loop does the same sum 2–2.5× faster; same result
// for vectors of different lengths (missing slots count 0) and for empty ones.
const PLPGSQL = `
  create or replace function rollup_add(a bigint[], b bigint[]) returns bigint[]
    language plpgsql immutable parallel safe
    as 'declare r bigint[] := a; begin
      for i in 1 .. greatest(cardinality(a), cardinality(b)) loop r[i] := coalesce(a[i], 0) + coalesce(b[i], 0); end loop;
      return coalesce(r, ''{}''); end'`

const SQL = `
  create or replace function rollup_add(a bigint[], b bigint[]) returns bigint[]
    language sql immutable parallel safe
    as 'select coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) order by i), ''{}'') from unnest(a, b) with ordinality as t(x, y, i)'`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(PLPGSQL).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(SQL).execute(db)
}
