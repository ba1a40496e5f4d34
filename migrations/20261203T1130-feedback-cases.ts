import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// Closing the loop: a dissatisfied citizen's comment (or one whose author asked for an answer)
// opens a case for the unit, in the transaction that stores the answer. The case carries a
// random follow-up code and nothing about the citizen; its times are hours, like the answer's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table campaigns add column case_rule text not null default 'dissatisfied_or_requested'
      check (case_rule in ('dissatisfied_or_requested', 'requested_only'));
    alter table responses add column comment_masks integer not null default 0;
    create table feedback_cases (
      id serial primary key,
      response_id integer not null unique references responses(id) on delete cascade,
      campaign_id integer not null references campaigns(id),
      agency_id integer not null references agencies(id),
      code text not null unique,
      requested boolean not null,
      dissatisfied boolean not null,
      status text not null default 'new' check (status in ('new', 'in_progress', 'answered', 'closed')),
      public_reply text,
      internal_note text,
      opened_at timestamptz not null,
      due_on date not null,
      answered_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index feedback_cases_agency_status on feedback_cases (agency_id, status);
    create index feedback_cases_campaign on feedback_cases (campaign_id, agency_id);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop table feedback_cases;
    alter table responses drop column comment_masks;
    alter table campaigns drop column case_rule;
  `,
  )
}
