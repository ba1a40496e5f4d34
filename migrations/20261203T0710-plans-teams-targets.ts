import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// Partner organisations, the surveyor role and campaign teams; multi-year survey plans;
// sample targets (transactions N per campaign unit, margin e, default target).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table organisations (
      id integer generated always as identity primary key,
      name text not null,
      created_at timestamptz not null default now()
    );
    create unique index organisations_name_key on organisations (lower(name));
    insert into organisations (name) values
      ('Sở Nội vụ'), ('Ủy ban MTTQ Việt Nam tỉnh'), ('Ban Dân vận Tỉnh ủy'), ('HĐND tỉnh');

    alter table users add column organisation_id integer references organisations(id);
    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check check (role in ('admin', 'unit_manager', 'viewer', 'surveyor'));

    create table campaign_team (
      campaign_id integer not null references campaigns(id),
      user_id integer not null references users(id),
      primary key (campaign_id, user_id)
    );
    create index campaign_team_user_idx on campaign_team (user_id);

    create table plans (
      id integer generated always as identity primary key,
      name text not null,
      decision_number text not null default '',
      decision_date date,
      first_year integer not null,
      last_year integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (last_year >= first_year)
    );
    create table plan_units (
      plan_id integer not null references plans(id),
      agency_id integer not null references agencies(id),
      year integer not null,
      primary key (plan_id, agency_id, year)
    );
    create table plan_organisations (
      plan_id integer not null references plans(id),
      organisation_id integer not null references organisations(id),
      primary key (plan_id, organisation_id)
    );

    alter table campaigns add column plan_id integer references plans(id);
    create index campaigns_plan_idx on campaigns (plan_id);
    alter table campaigns add column sample_margin double precision not null default 0.05;
    alter table campaigns add column default_target integer;
    alter table campaign_units add column transactions integer;
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table campaign_units drop column transactions;
    alter table campaigns drop column default_target, drop column sample_margin, drop column plan_id;
    drop table plan_organisations, plan_units, plans, campaign_team;
    update users set role = 'viewer' where role = 'surveyor';
    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check check (role in ('admin', 'unit_manager', 'viewer'));
    alter table users drop column organisation_id;
    drop table organisations;
  `,
  )
}
