import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// Two more ways an answer arrives: an interview by a surveyor on a tablet and a paper form
// typed in later. Neither has a survey link; the answer keeps the surveyor's organisation
// and, for accountability (admins only), the surveyor's account — never anything about the citizen.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table responses drop constraint responses_channel_check;
    alter table responses add constraint responses_channel_check check (channel in ('kiosk', 'qr', 'interview', 'paper'));
    alter table responses add column surveyor_id integer references users(id);
    alter table responses add column organisation_id integer references organisations(id);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    delete from responses where channel in ('interview', 'paper');
    alter table responses drop column organisation_id, drop column surveyor_id;
    alter table responses drop constraint responses_channel_check;
    alter table responses add constraint responses_channel_check check (channel in ('kiosk', 'qr'));
  `,
  )
}
