import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './server-process'

const execFileAsync = promisify(execFile)

/** Where Debian's postgresql-15 package puts the server binaries (the CI installs it). */
export const POSTGRES_BIN_DIR = process.env.POSTGRES_BIN_DIR || '/usr/lib/postgresql/15/bin'

export type StopMode = 'smart' | 'fast' | 'immediate'

/**
 * A PostgreSQL cluster of the test's own (initdb, pg_ctl) on a free port, with its data
 * directory and Unix socket in a temporary folder, so a fault test may restart or stop it
 * without touching the shared server. PostgreSQL refuses to run as root: its binaries run
 * as the `postgres` user when the tests run as root.
 */
export class PrivatePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
    /** Server settings given on pg_ctl's command line (`-c name=value`), beside the test defaults. */
    private readonly settings: Record<string, string>,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`
  }

  private get dataDir() {
    return path.join(this.dir, 'data')
  }

  static async start(settings: Record<string, string> = {}): Promise<PrivatePostgres> {
    if (!fs.existsSync(path.join(POSTGRES_BIN_DIR, 'pg_ctl'))) {
      throw new Error(
        `PostgreSQL server binaries are not installed in ${POSTGRES_BIN_DIR} (Debian: apt-get install postgresql-15; or set POSTGRES_BIN_DIR). ` +
          'The database outage and cluster tests need them to run a private PostgreSQL.',
      )
    }
    const cluster = new PrivatePostgres(await PrivatePostgres.makeDir(), await freePort(), settings)
    await cluster.run('initdb', ['-D', cluster.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
    await cluster.startServer()
    return cluster
  }

  /**
   * A streaming replica of this cluster on a port and folder of its own: `pg_basebackup -R`
   * (which writes `standby.signal` and the connection to this primary) through a new
   * replication slot, so the primary keeps the WAL the replica has not replayed yet.
   */
  async startReplica(slot: string): Promise<PrivatePostgres> {
    const replica = new PrivatePostgres(await PrivatePostgres.makeDir(), await freePort(), this.settings)
    const source = ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres']
    // a fast checkpoint: a spread one makes the copy wait minutes on an idle test cluster
    await replica.run('pg_basebackup', [...source, '-D', replica.dataDir, '-R', '-C', '-S', slot, '-X', 'stream', '--checkpoint=fast', '--no-sync'])
    await replica.startServer()
    return replica
  }

  /** true when the server binaries this class runs are installed. */
  static installed(): boolean {
    return ['initdb', 'pg_ctl', 'pg_basebackup'].every((binary) => fs.existsSync(path.join(POSTGRES_BIN_DIR, binary)))
  }

  /** pg_ctl start, waiting until it accepts connections. The load of a test goes on meanwhile. */
  async startServer(): Promise<void> {
    const settings = { listen_addresses: '127.0.0.1', fsync: 'off', max_connections: '40', ...this.settings }
    const options = [`-p ${this.port} -k ${this.dir}`, ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`)].join(' ')
    await this.run('pg_ctl', ['start', '-w', '-D', this.dataDir, '-l', path.join(this.dir, 'server.log'), '-o', options])
  }

  /** The server's log so far (for a failure's message). */
  log(): string {
    return fs.readFileSync(path.join(this.dir, 'server.log'), 'utf8')
  }

  async stopServer(mode: StopMode): Promise<void> {
    await this.run('pg_ctl', ['stop', '-w', '-D', this.dataDir, '-m', mode])
  }

  async restartServer(mode: StopMode): Promise<void> {
    await this.stopServer(mode)
    await this.startServer()
  }

  /** Stops the cluster and removes its folder. */
  async destroy(): Promise<void> {
    await this.stopServer('immediate').catch(() => {}) // already stopped
    fs.rmSync(this.dir, { recursive: true, force: true })
  }

  private static async makeDir(): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-pg-'))
    if (process.getuid?.() === 0) await execFileAsync('chown', ['postgres:postgres', dir])
    return dir
  }

  private async run(binary: string, args: string[]): Promise<void> {
    const command = path.join(POSTGRES_BIN_DIR, binary)
    const asPostgres = process.getuid?.() === 0
    await execFileAsync(asPostgres ? 'runuser' : command, asPostgres ? ['-u', 'postgres', '--', command, ...args] : args, { cwd: this.dir })
  }
}
