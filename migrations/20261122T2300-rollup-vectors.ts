import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// Rollups as one row per cell with a vector of sums, replacing one row per counted fact.
// A response touched ~25 fact rows per grain and group (about 180 upserts), which capped
// ingest near 300 answers/s and made the daily grain larger than the responses it summed.
// Now a response adds its vector to one row per grain and group (5 with two demographic
// items). Grains: whole campaign (with demographic groups), month and day (Viet Nam time);
// a date range reads whole months from the monthly grain and only its ragged ends by day. The vector's slots follow the questionnaire (frozen once published); the server
// decodes them (server/indices/rollups/rollup-layout.ts).
// The old rollups are not converted: campaigns with responses are queued in
// `rollup_rebuilds` and rebuilt from the raw responses when the server starts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop table rollup_daily_moments, rollup_moments, rollup_daily_counts, rollup_counts;

    create table rollup_cells (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      questionnaire_id integer not null references questionnaires(id),
      grp text not null,
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      sums bigint[] not null,
      primary key (campaign_id, agency_id, grp, channel, flagged, verified, questionnaire_id)
    );

    create table rollup_daily_cells (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      questionnaire_id integer not null references questionnaires(id),
      day date not null,
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      sums bigint[] not null,
      primary key (campaign_id, agency_id, day, channel, flagged, verified, questionnaire_id)
    );

    create table rollup_monthly_cells (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      questionnaire_id integer not null references questionnaires(id),
      month date not null,
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      sums bigint[] not null,
      primary key (campaign_id, agency_id, month, channel, flagged, verified, questionnaire_id)
    );

    create function rollup_add(a bigint[], b bigint[]) returns bigint[]
      language sql immutable parallel safe
      as 'select coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) order by i), ''{}'') from unnest(a, b) with ordinality as t(x, y, i)';

    create table rollup_rebuilds (
      campaign_id integer primary key references campaigns(id)
    );

    insert into rollup_rebuilds (campaign_id) select distinct campaign_id from responses;
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_rebuilds, rollup_monthly_cells, rollup_daily_cells, rollup_cells`.execute(db)
  await sql`drop function rollup_add(bigint[], bigint[])`.execute(db)
}
