import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// Agencies, accounts, questionnaires, campaigns and the audit log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table agencies (
      id integer generated always as identity primary key,
      parent_id integer references agencies(id),
      name text not null,
      code text not null,
      kind text not null,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index agencies_code_key on agencies (lower(code));
    create index agencies_parent_id_idx on agencies (parent_id);

    create table users (
      id integer generated always as identity primary key,
      email text not null,
      name text not null,
      password_hash text not null,
      role text not null check (role in ('admin', 'unit_manager', 'viewer')),
      agency_id integer references agencies(id),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (role <> 'unit_manager' or agency_id is not null)
    );
    create unique index users_email_key on users (lower(email));

    create table sessions (
      token_hash text primary key,
      user_id integer not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_id_idx on sessions (user_id);

    create table questionnaires (
      id integer generated always as identity primary key,
      name text not null,
      kind text not null,
      version integer not null,
      status text not null check (status in ('draft', 'published')),
      scoring text not null check (scoring in ('share45', 'points')),
      definition jsonb not null,
      based_on_id integer references questionnaires(id),
      builtin boolean not null default false,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table campaigns (
      id integer generated always as identity primary key,
      name text not null,
      year integer not null,
      starts_on date not null,
      ends_on date not null,
      questionnaire_id integer not null references questionnaires(id),
      status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    );

    create table campaign_units (
      campaign_id integer not null references campaigns(id) on delete cascade,
      agency_id integer not null references agencies(id),
      primary key (campaign_id, agency_id)
    );

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      user_id integer references users(id),
      action text not null,
      entity text not null,
      entity_id text,
      details jsonb
    );
    create index audit_log_at_idx on audit_log (at desc);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_log, campaign_units, campaigns, questionnaires, sessions, users, agencies`.execute(db)
}
