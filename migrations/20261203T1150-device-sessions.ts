import type { Kysely } from 'kysely'
import { runScript } from './run-script'

// A surveyor's tablet or phone logs in once and then works offline for days: its session is a
// row of its own (listed and revoked by admins), apart from the admin app's short cookie sessions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table device_sessions (
      id integer generated always as identity primary key,
      token_hash text not null unique,
      user_id integer not null references users(id),
      label text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_by integer references users(id)
    );
    create index device_sessions_user_idx on device_sessions (user_id);
  `,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, 'drop table device_sessions;')
}
