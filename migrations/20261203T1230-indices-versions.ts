import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// A campaign's indices are cached by the servers and sent with an ETag (docs/indices.md#caching).
// Their key is this version plus the count of the campaign's answers still queued for the
// rollups: the rollup applier and a rebuild bump it in the transaction that moves rollups; the
// triggers bump it on every other change the figures read (the campaign, its units and
// targets, a unit's name, the questionnaire, a review decision), whatever route, script or
// server made it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table indices_versions (
      campaign_id integer primary key,
      version bigint not null
    );
    create function bump_indices_versions(ids integer[]) returns void language sql as
      'insert into indices_versions (campaign_id, version)
       select distinct id, 1 from unnest(ids) as id where id is not null order by id
       on conflict (campaign_id) do update set version = indices_versions.version + 1';
    create function bump_indices_version_of_campaign() returns trigger language plpgsql as
      $$ begin perform bump_indices_versions(array[new.id]); return null; end $$;
    create trigger campaigns_indices_version after update on campaigns
      for each row when (old.* is distinct from new.*) execute function bump_indices_version_of_campaign();
    create function bump_indices_version_of_unit() returns trigger language plpgsql as
      $$ begin if tg_op = 'INSERT' then perform bump_indices_versions(array[new.campaign_id]); elsif tg_op = 'DELETE' then perform bump_indices_versions(array[old.campaign_id]); else perform bump_indices_versions(array[old.campaign_id, new.campaign_id]); end if; return null; end $$;
    create trigger campaign_units_indices_version after insert or update or delete on campaign_units
      for each row execute function bump_indices_version_of_unit();
    create function bump_indices_versions_of_agency() returns trigger language plpgsql as
      $$ begin perform bump_indices_versions(array(select campaign_id from campaign_units where agency_id = new.id)); return null; end $$;
    create trigger agencies_indices_version after update on agencies
      for each row when (old.name is distinct from new.name) execute function bump_indices_versions_of_agency();
    create function bump_indices_versions_of_questionnaire() returns trigger language plpgsql as
      $$ begin perform bump_indices_versions(array(select id from campaigns where questionnaire_id = new.id)); return null; end $$;
    create trigger questionnaires_indices_version after update on questionnaires
      for each row when (old.* is distinct from new.*) execute function bump_indices_versions_of_questionnaire();
    create function bump_indices_versions_of_responses() returns trigger language plpgsql as
      $$ begin perform bump_indices_versions(array(select distinct campaign_id from changed)); return null; end $$;
    create trigger responses_indices_version after update on responses
      referencing new table as changed for each statement execute function bump_indices_versions_of_responses();
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop trigger responses_indices_version on responses;
    drop trigger questionnaires_indices_version on questionnaires;
    drop trigger agencies_indices_version on agencies;
    drop trigger campaign_units_indices_version on campaign_units;
    drop trigger campaigns_indices_version on campaigns;
    drop function bump_indices_versions_of_responses();
    drop function bump_indices_versions_of_questionnaire();
    drop function bump_indices_versions_of_agency();
    drop function bump_indices_version_of_unit();
    drop function bump_indices_version_of_campaign();
    drop function bump_indices_versions(integer[]);
    drop table indices_versions;
  `,
  )
}
