import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// Incremental rollups of the responses, updated in the insert transaction, so the indices
// of a campaign never scan its responses. Two grains: whole campaign (with demographic
// groups for breakdowns) and per day (Viet Nam time, for date-range filters and timelines).
// `rollup_*_moments` hold per-respondent products of element scores (y = satisfied answers
// or points, m = valid answers) for the element and overall confidence intervals.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table rollup_counts (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      grp text not null,
      dim text not null,
      key text not null,
      value smallint not null,
      n bigint not null,
      primary key (campaign_id, agency_id, grp, dim, key, value, channel, flagged, verified)
    );

    create table rollup_daily_counts (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      day date not null,
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      dim text not null,
      key text not null,
      value smallint not null,
      n bigint not null,
      primary key (campaign_id, agency_id, day, dim, key, value, channel, flagged, verified)
    );

    create table rollup_moments (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      grp text not null,
      element_a text not null,
      element_b text not null,
      yy bigint not null,
      ym bigint not null,
      my bigint not null,
      mm bigint not null,
      primary key (campaign_id, agency_id, grp, element_a, element_b, channel, flagged, verified)
    );

    create table rollup_daily_moments (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      day date not null,
      channel text not null,
      flagged boolean not null,
      verified boolean not null,
      element_a text not null,
      element_b text not null,
      yy bigint not null,
      ym bigint not null,
      my bigint not null,
      mm bigint not null,
      primary key (campaign_id, agency_id, day, element_a, element_b, channel, flagged, verified)
    );
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_daily_moments, rollup_moments, rollup_daily_counts, rollup_counts`.execute(db)
}
