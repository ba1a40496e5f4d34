import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// What several app nodes must count together: failed logins (per account, per client address,
// as a hash) and the burst detector's recent answer sets. Both hold rows for a window of minutes
// and are expired as they age. The sightings are unlogged: written at the answer rate and worth
// nothing after a crash (counting bursts starts again, as it did after any restart before).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table login_failures (
      scope text not null,
      key_hash text not null,
      failed_at timestamptz not null
    );
    create index login_failures_key_idx on login_failures (scope, key_hash, failed_at);
    create index login_failures_expiry_idx on login_failures (scope, failed_at);
    create unlogged table burst_sightings (
      source text not null,
      signature text not null,
      answered_at timestamptz not null,
      received_at timestamptz not null
    );
    create index burst_sightings_signature_idx on burst_sightings (source, signature, received_at);
    create index burst_sightings_received_idx on burst_sightings (received_at);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop table burst_sightings;
    drop table login_failures;
  `,
  )
}
