import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// Survey links, single-use receipt codes and the anonymous responses.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table survey_links (
      id integer generated always as identity primary key,
      code text not null unique,
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      channel text not null check (channel in ('kiosk', 'qr')),
      label text not null,
      min_interval_seconds integer not null default 20,
      last_answered_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index survey_links_campaign_agency_idx on survey_links (campaign_id, agency_id);

    -- Only a hash of each receipt code is kept; nothing links a code to a person.
    create table receipt_codes (
      code_hash text primary key,
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      batch text not null,
      spent boolean not null default false,
      created_at timestamptz not null default now()
    );

    -- Anonymous by construction: no name, contact, IP address or user agent columns,
    -- and the submission time is truncated to the hour.
    create table responses (
      id bigint generated always as identity primary key,
      client_id uuid not null unique,
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      questionnaire_id integer not null references questionnaires(id),
      link_id integer references survey_links(id),
      channel text not null check (channel in ('kiosk', 'qr')),
      submitted_hour timestamptz not null,
      answers jsonb not null,
      overall smallint,
      gave_feedback boolean,
      expectations text[] not null default '{}',
      perceptions jsonb not null default '{}',
      demographics jsonb not null default '{}',
      service_field text,
      comment text,
      flagged boolean not null default false,
      flag_reason text,
      verified boolean not null default false
    );
    create index responses_campaign_agency_idx on responses (campaign_id, agency_id);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table responses, receipt_codes, survey_links`.execute(db)
}
