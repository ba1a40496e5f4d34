import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// `responses` partitioned by HASH (campaign_id) into a fixed number of partitions: a campaign's
// answers live in one partition (every query names its campaign, so it reads one partition and
// its indexes), and no DDL runs when a campaign is created (docs/scaling.md says why not LIST
// or by year). A partitioned table's unique keys include the partition key: exactly-once is
// (campaign_id, client_id), the primary key (id, campaign_id), and the tables that reference a
// response name it by (response_id, campaign_id); `id` stays unique because only its identity
// sequence gives it. The existing rows are copied with their ids, the sequence continues where
// it was, and every constraint and index is made again on the new table, in the migration's
// transaction: the copy needs the table's size again in free disk space while it runs.
const PARTITIONS = 16

const partitionsOf = (parent: string) =>
  Array.from(
    { length: PARTITIONS },
    (_, i) => `create table responses_p${String(i).padStart(2, '0')} partition of ${parent} for values with (modulus ${PARTITIONS}, remainder ${i});`,
  ).join('\n')

// Made again on the new table with their former names; the check and not-null constraints come with LIKE.
const OUTGOING_KEYS = `
    alter table responses add constraint responses_campaign_id_fkey foreign key (campaign_id) references campaigns(id);
    alter table responses add constraint responses_agency_id_fkey foreign key (agency_id) references agencies(id);
    alter table responses add constraint responses_questionnaire_id_fkey foreign key (questionnaire_id) references questionnaires(id);
    alter table responses add constraint responses_link_id_fkey foreign key (link_id) references survey_links(id);
    alter table responses add constraint responses_campaign_unit_fkey foreign key (campaign_id, agency_id) references campaign_units (campaign_id, agency_id);
    alter table responses add constraint responses_surveyor_id_fkey foreign key (surveyor_id) references users(id);
    alter table responses add constraint responses_organisation_id_fkey foreign key (organisation_id) references organisations(id);
    alter table responses add constraint responses_reviewed_by_fkey foreign key (reviewed_by) references users(id);
`

export async function up(db: Kysely<unknown>): Promise<void> {
  // With rows, the partitions take them first and the keys are checked afterwards in one pass
  // each (row by row, a copy of millions of rows takes many times longer). Without (a new
  // installation, every test database), the partitions come last and inherit the keys unchecked:
  // seconds faster on PGlite. Both end in the same schema (the migration's test compares them).
  const { rows } = await sql<{ found: boolean }>`select exists (select from responses) as found`.execute(db)
  const converting = rows[0]!.found
  await runScript(
    db,
    `
    create table responses_partitioned (like responses including defaults including constraints including identity including storage including comments)
      partition by hash (campaign_id);
    ${converting ? `${partitionsOf('responses_partitioned')}\n    insert into responses_partitioned overriding system value select * from responses;` : ''}
    select setval(pg_get_serial_sequence('responses_partitioned', 'id'), last_value, is_called) from responses_id_seq;

    alter table rollup_pending drop constraint rollup_pending_response_id_fkey;
    alter table paper_forms drop constraint paper_forms_response_id_fkey;
    alter table feedback_cases drop constraint feedback_cases_response_id_fkey;
    drop table responses;
    alter table responses_partitioned rename to responses;
    alter sequence responses_partitioned_id_seq rename to responses_id_seq;

    alter table responses add constraint responses_pkey primary key (id, campaign_id);
    alter table responses add constraint responses_campaign_client_key unique (campaign_id, client_id);
    -- with id last, a unit's answers are read in id order from the index (the rollup rebuild's pages)
    create index responses_campaign_agency_idx on responses (campaign_id, agency_id, id);
    create index responses_campaign_hour_idx on responses (campaign_id, submitted_hour, id);
    create index responses_flagged_idx on responses (campaign_id, agency_id) where flagged;
    ${OUTGOING_KEYS}
    ${converting ? '' : partitionsOf('responses')}

    alter table rollup_pending add column campaign_id integer;
    update rollup_pending p set campaign_id = r.campaign_id from responses r where r.id = p.response_id;
    alter table rollup_pending alter column campaign_id set not null;
    alter table rollup_pending add constraint rollup_pending_response_fkey
      foreign key (response_id, campaign_id) references responses (id, campaign_id) on delete cascade;
    alter table paper_forms add constraint paper_forms_response_fkey
      foreign key (response_id, campaign_id) references responses (id, campaign_id);
    alter table feedback_cases add constraint feedback_cases_response_fkey
      foreign key (response_id, campaign_id) references responses (id, campaign_id) on delete cascade;
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table responses_unpartitioned (like responses including defaults including constraints including identity including storage including comments);
    insert into responses_unpartitioned overriding system value select * from responses;
    select setval(pg_get_serial_sequence('responses_unpartitioned', 'id'), last_value, is_called) from responses_id_seq;

    alter table rollup_pending drop constraint rollup_pending_response_fkey;
    alter table paper_forms drop constraint paper_forms_response_fkey;
    alter table feedback_cases drop constraint feedback_cases_response_fkey;
    alter table rollup_pending drop column campaign_id;
    drop table responses;
    alter table responses_unpartitioned rename to responses;
    alter sequence responses_unpartitioned_id_seq rename to responses_id_seq;

    alter table responses add constraint responses_pkey primary key (id);
    alter table responses add constraint responses_client_id_key unique (client_id);
    create index responses_campaign_agency_idx on responses (campaign_id, agency_id);
    create index responses_campaign_hour_idx on responses (campaign_id, submitted_hour, id);
    create index responses_flagged_idx on responses (campaign_id, agency_id) where flagged;
    ${OUTGOING_KEYS}

    alter table rollup_pending add constraint rollup_pending_response_id_fkey foreign key (response_id) references responses(id) on delete cascade;
    alter table paper_forms add constraint paper_forms_response_id_fkey foreign key (response_id) references responses(id);
    alter table feedback_cases add constraint feedback_cases_response_id_fkey foreign key (response_id) references responses(id) on delete cascade;
  `,
  )
}
