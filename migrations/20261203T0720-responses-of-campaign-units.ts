import { type Kysely, sql } from 'kysely'
import { runScript } from './run-script'

// An answer belongs to a unit of its campaign: a unit's answers outside the campaign's
// units were orphaned from the indices and exports. Answers stored that way before (through
// a link of a removed unit) bring their unit back into the campaign, so none is lost.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    insert into campaign_units (campaign_id, agency_id)
      select distinct campaign_id, agency_id from responses
      on conflict do nothing;
    alter table responses add constraint responses_campaign_unit_fkey
      foreign key (campaign_id, agency_id) references campaign_units (campaign_id, agency_id);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table responses drop constraint responses_campaign_unit_fkey`.execute(db)
}
