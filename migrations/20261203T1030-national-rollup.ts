import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// The national roll-up: each installation's Ed25519 key signs the aggregate bundles it
// publishes; a national installation registers provinces' public keys and keeps the bundles
// it imported (sums only: no response-level data ever leaves a province).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table installation_keys (
      id smallint primary key default 1 check (id = 1),
      public_key text not null,
      private_key text not null,
      created_at timestamptz not null default now()
    );
    create table national_provinces (
      code text primary key,
      name text not null,
      public_key text not null,
      created_at timestamptz not null default now()
    );
    create table national_bundles (
      id integer generated always as identity primary key,
      province_code text not null references national_provinces(code),
      campaign_ref integer not null,
      year integer not null,
      questionnaire_kind text not null,
      digest text not null,
      payload jsonb not null,
      received_at timestamptz not null default now(),
      unique (province_code, campaign_ref)
    );
    create index national_bundles_year_kind_idx on national_bundles (year, questionnaire_kind);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, 'drop table national_bundles, national_provinces, installation_keys;')
}
