import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// Languages besides Vietnamese and English: a pack holds a questionnaire version's texts and the
// survey app's words in one language, apart from the version's frozen definition; recordings
// read any text aloud. Each survey link offers some languages, the first shown first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table languages (
      code text primary key,
      name text not null,
      builtin boolean not null default false,
      created_at timestamptz not null default now()
    );
    insert into languages (code, name, builtin) values ('vi', 'Tiếng Việt', true), ('en', 'English', true);

    create table language_pack_texts (
      questionnaire_id integer not null references questionnaires(id) on delete cascade,
      lang text not null references languages(code) on delete cascade,
      key text not null,
      text text not null,
      primary key (questionnaire_id, lang, key)
    );

    create table recordings (
      questionnaire_id integer not null references questionnaires(id) on delete cascade,
      lang text not null references languages(code) on delete cascade,
      key text not null,
      media_type text not null,
      bytes bytea not null,
      sha256 text not null,
      updated_at timestamptz not null default now(),
      primary key (questionnaire_id, lang, key)
    );
    create index recordings_sha256 on recordings (sha256);

    alter table survey_links add column languages text[] not null default '{vi,en}';
    alter table survey_links add column read_aloud boolean not null default false;
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table survey_links drop column read_aloud, drop column languages;
    drop table recordings;
    drop table language_pack_texts;
    drop table languages;
  `,
  )
}
