import type { PostgresPool } from 'kysely'
import type pg from 'pg'
import type { Logger } from '../log'
import { errorMessage } from './database'
import { isDatabaseUnavailable } from './unavailable'

/** After the replica refused a connection, reads go to the primary this long before it is tried again. */
const RETRY_REPLICA_MS = 10_000

const REPLAY_LAG_SQL = `
  select case when not pg_is_in_recovery() then null
              when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
              else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end as lag`

/**
 * The replica of DATABASE_READ_URL behind the read handle (`Database.reader`). A read takes a
 * replica connection; when none can be made (the replica is down, restarting, unreachable) it
 * takes a primary one instead and the replica is left alone for RETRY_REPLICA_MS, so a replica
 * outage costs the result routes one failed connection attempt, never an error. A query cut
 * while it runs on the replica fails like any query of a lost connection (503, sent again).
 */
export class ReadReplica {
  private downUntil = 0

  constructor(
    readonly pool: pg.Pool,
    private readonly primary: pg.Pool,
    private readonly target: string,
    private readonly log?: Logger,
  ) {}

  /** Whether the last connection attempt failed less than RETRY_REPLICA_MS ago. */
  get down(): boolean {
    return Date.now() < this.downUntil
  }

  /** What the read handle's PostgresDialect draws its connections from. */
  fallbackPool(): PostgresPool {
    return {
      options: this.pool.options,
      connect: () => this.connect(),
      end: () => this.pool.end(),
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    if (!this.down) {
      try {
        return await this.pool.connect()
      } catch (err) {
        if (!isDatabaseUnavailable(err)) throw err
        this.markDown(err)
      }
    }
    return this.primary.connect()
  }

  markDown(err: unknown): void {
    if (!this.down) this.log?.warn('read replica unreachable: result routes read the primary', { replica: this.target, error: errorMessage(err) })
    this.downUntil = Date.now() + RETRY_REPLICA_MS
  }

  /** Whether the replica answers now (`down` while reads go around it: no probe then). */
  async state(): Promise<'up' | 'down'> {
    if (this.down) return 'down'
    try {
      await this.lagSeconds()
      return 'up'
    } catch (err) {
      if (isDatabaseUnavailable(err)) this.markDown(err)
      return 'down'
    }
  }

  /**
   * Seconds the replica's replay is behind the primary: 0 when it has replayed everything it
   * received, null when it is not a standby. Throws when the replica does not answer.
   */
  async lagSeconds(): Promise<number | null> {
    const { rows } = await this.pool.query<{ lag: number | null }>(REPLAY_LAG_SQL)
    return rows[0]?.lag ?? null
  }
}
