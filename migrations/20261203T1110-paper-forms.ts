import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// Paper forms: each printed form has a serial, and counts as one answer once two entries by
// different accounts agree (or a third person resolves their differences). The constraints,
// not the code, keep a form counted once: a response per form at most (response_id unique,
// and the response's client id is derived from the form), two entries per form at most
// (round 1 or 2, primary key), never two by one account.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table paper_forms (
      id integer generated always as identity primary key,
      serial text not null unique check (serial ~ '^[0-9A-HJKMNP-TV-Z]{8}$'),
      batch text not null,
      campaign_id integer not null references campaigns(id) on delete cascade,
      agency_id integer not null references agencies(id),
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      response_id integer unique references responses(id),
      resolved_by integer references users(id)
    );
    create index paper_forms_campaign_idx on paper_forms (campaign_id, agency_id);
    create index paper_forms_batch_idx on paper_forms (batch);
    create table paper_entries (
      form_id integer not null references paper_forms(id) on delete cascade,
      round smallint not null check (round in (1, 2)),
      entered_by integer not null references users(id),
      content jsonb not null,
      created_at timestamptz not null default now(),
      primary key (form_id, round),
      unique (form_id, entered_by)
    );
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table paper_entries, paper_forms`.execute(db)
}
