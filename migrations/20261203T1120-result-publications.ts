import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// Publishing a closed campaign's results is an admin's decision: a row per campaign that was
// ever published, its version bumped at each publish and withdrawal (the public pages' cache
// key). Beside it, what a unit does about its weakest criteria, typed by its manager for the
// results poster at the desk.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table result_publications (
      campaign_id integer primary key references campaigns(id),
      published_at timestamptz,
      published_by integer references users(id),
      version integer not null default 0
    );
    create index result_publications_published_idx on result_publications (campaign_id) where published_at is not null;
    create table unit_result_notes (
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      text text not null,
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      primary key (campaign_id, agency_id)
    );
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, 'drop table unit_result_notes, result_publications;')
}
