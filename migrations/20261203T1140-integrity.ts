import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// The integrity panel judges answers against each unit's opening hours (whole hours, as an
// answer's time is kept to the hour; days 1 = Monday … 7 = Sunday, Viet Nam time). A flagged
// answer may be reviewed: 'include' counts it like an unflagged one, 'exclude' leaves it out
// of every figure; the reason is stated in the indices and the method sheet. Only a flagged
// answer can carry a decision, and never without its reason. The review names answers by
// their place in a listing, kept a day: answer ids never leave the server.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table agencies add column open_days smallint[] not null default '{1,2,3,4,5}';
    alter table agencies add column opens_at smallint not null default 7 check (opens_at between 0 and 23);
    alter table agencies add column closes_at smallint not null default 17 check (closes_at between 1 and 24);
    alter table agencies add constraint agencies_opening_hours_check check (opens_at < closes_at);
    alter table responses add column review text check (review in ('include', 'exclude'));
    alter table responses add column review_reason text;
    alter table responses add column reviewed_at timestamptz;
    alter table responses add column reviewed_by integer references users(id);
    alter table responses add constraint responses_review_decided_check check (review is null or (flagged and review_reason is not null and reviewed_at is not null));
    create index responses_flagged_idx on responses (campaign_id, agency_id) where flagged;
    create table flag_review_listings (
      id text primary key,
      campaign_id integer not null references campaigns(id) on delete cascade,
      response_ids bigint[] not null,
      created_at timestamptz not null default now()
    );
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop table flag_review_listings;
    drop index responses_flagged_idx;
    alter table responses drop constraint responses_review_decided_check;
    alter table responses drop column reviewed_by, drop column reviewed_at, drop column review_reason, drop column review;
    alter table agencies drop constraint agencies_opening_hours_check;
    alter table agencies drop column closes_at, drop column opens_at, drop column open_days;
  `,
  )
}
