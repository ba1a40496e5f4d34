// A small production cluster on this machine, from the binaries a Debian server has: a
// PostgreSQL primary and a streaming replica (initdb, pg_basebackup, pg_ctl from the
// postgresql-15 package), two app nodes on the primary (the first reads the replica) and
// Debian's nginx routing by round robin between them. Everything on private ports and in a
// temporary folder; stop() ends every process and removes the folder.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { adminQuery } from '../bench/bench-target'
import { NGINX_BIN, type PrivateNginx, startPrivateNginx } from '../helpers/private-nginx'
import { POSTGRES_BIN_DIR, PrivatePostgres } from '../helpers/private-postgres'
import { freePort, type ServerProcess, startServerProcess, stubClientDir } from '../helpers/server-process'

export const ADMIN_EMAIL = 'cluster-admin@hailong.test'
export const ADMIN_PASSWORD = 'cluster-Password-2026'
const REPLICATION_SLOT = 'cluster_replica'

/** Why the cluster cannot run on this machine (a missing binary), or null when it can. */
export function clusterUnavailable(): string | null {
  if (!PrivatePostgres.installed())
    return `the PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) are not in ${POSTGRES_BIN_DIR} (apt-get install postgresql-15)`
  if (!fs.existsSync(NGINX_BIN)) return `nginx is not at ${NGINX_BIN} (apt-get install nginx)`
  return null
}

export interface AppNode {
  name: string
  url: string
  /** The replica's URL when the node reads result routes from it (DATABASE_READ_URL). */
  readUrl: string | undefined
  /** pid of the running process, undefined while it is down. */
  pid(): number | undefined
  /** SIGKILL: the node dies without finishing anything (no graceful stop). */
  kill(): Promise<void>
  /** Starts it again on its port, as systemd's Restart=on-failure would. */
  restart(): Promise<void>
}

export interface AccessLine {
  /** The node(s) nginx tried, as `127.0.0.1:port` (comma-separated when it passed the request on). */
  upstream: string
  status: number
  method: string
  uri: string
}

export interface Cluster {
  /** nginx: what kiosks and browsers talk to. */
  baseUrl: string
  nodes: AppNode[]
  /** The database on the primary and the same database on the replica. */
  primaryUrl: string
  replicaUrl: string
  /** A small pool on the primary and one on the replica, for the checks. */
  primary: pg.Pool
  replica: pg.Pool
  /** The requests nginx has proxied so far. */
  accessLog(): AccessLine[]
  /** A failed start's or check's context: the processes' output. */
  output(): string
  stop(): Promise<void>
}

/**
 * Starts the cluster; `nodeEnv` is added to both nodes' environment (KIOSK_MIN_INTERVAL_SECONDS…).
 * What was started is stopped again when a later step fails.
 */
export async function startCluster(nodeEnv: Record<string, string> = {}): Promise<Cluster> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-cluster-'))
  const cleanups: (() => Promise<unknown>)[] = [async () => fs.rmSync(workDir, { recursive: true, force: true })]
  let stopping: Promise<void> | undefined
  // once, whoever asks first (an interrupted run, then its finally block): later calls wait for it
  const stop = () =>
    (stopping ??= (async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error) => console.error('cluster clean-up:', error))
    })())
  const outputs: (() => string)[] = []
  try {
    // max_connections: two nodes' pools (10 each), a restarted node's, the replica's sender and the checks
    const primaryServer = await PrivatePostgres.start({ max_connections: '60', wal_level: 'replica', max_wal_senders: '4' })
    cleanups.push(() => primaryServer.destroy())
    outputs.push(() => `--- primary PostgreSQL\n${primaryServer.log()}`)
    await adminQuery(`${primaryServer.url}/postgres`, 'create database hailong')
    const replicaServer = await primaryServer.startReplica(REPLICATION_SLOT)
    cleanups.push(() => replicaServer.destroy())
    outputs.push(() => `--- replica PostgreSQL\n${replicaServer.log()}`)
    const primaryUrl = `${primaryServer.url}/hailong`
    const replicaUrl = `${replicaServer.url}/hailong`
    const primary = new pg.Pool({ connectionString: primaryUrl, max: 3 })
    const replica = new pg.Pool({ connectionString: replicaUrl, max: 2 })
    cleanups.push(
      () => primary.end(),
      () => replica.end(),
    )

    const clientDir = stubClientDir(workDir)
    const ports = [await freePort(), await freePort()]
    const nodes = ports.map((port, i) =>
      appNode(`node ${i + 1}`, {
        ...nodeEnv,
        PORT: String(port),
        CLIENT_DIR: clientDir,
        DATA_DIR: path.join(workDir, `node-${i + 1}`),
        DATABASE_URL: primaryUrl,
        // the first node reads the result routes from the replica
        DATABASE_READ_URL: i === 0 ? replicaUrl : '',
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        // nginx on this machine: the failed-login limit counts the address nginx forwards
        TRUSTED_PROXIES: '127.0.0.1',
      }),
    )
    for (const node of nodes) {
      cleanups.push(() => node.stop())
      outputs.push(() => `--- ${node.name}\n${node.output()}`)
    }
    // Both at once, as two machines booting: migrations and the first admin must happen once.
    await Promise.all(nodes.map((node) => node.restart()))

    const nginxPort = await freePort()
    const accessLog = path.join(workDir, 'access.log')
    const nginx: PrivateNginx = startPrivateNginx(
      workDir,
      [
        "log_format cluster '$upstream_addr|$status|$request_method|$uri';",
        `access_log ${accessLog} cluster;`,
        'upstream hailong {',
        // a node that refused a connection is left out for a second, then tried again
        ...ports.map((port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=1s;`),
        '  keepalive 32;',
        '}',
        'server {',
        `  listen 127.0.0.1:${nginxPort};`,
        '  proxy_http_version 1.1;',
        '  proxy_set_header Connection "";',
        '  proxy_set_header Host $http_host;',
        '  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
        '  proxy_connect_timeout 2s;',
        // a request a dead node could not take goes to the other one; one it took and dropped is
        // answered 502 (nginx does not send a POST twice), and the kiosk's outbox sends it again
        '  proxy_next_upstream error timeout;',
        '  location / { proxy_pass http://hailong; }',
        '}',
      ],
      { workerConnections: 4096 },
    )
    cleanups.push(() => nginx.stop())
    outputs.push(() => `--- nginx\n${nginx.output()}`)
    const baseUrl = `http://127.0.0.1:${nginxPort}`
    for (
      let attempt = 0;
      !(await fetch(`${baseUrl}/healthz`).then(
        (r) => r.ok,
        () => false,
      ));
      attempt++
    ) {
      if (nginx.child.exitCode !== null || attempt > 100) throw new Error(`nginx did not answer:\n${nginx.output()}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    return {
      baseUrl,
      nodes,
      primaryUrl,
      replicaUrl,
      primary,
      replica,
      accessLog: () => readAccessLog(accessLog),
      output: () => outputs.map((output) => output()).join('\n'),
      stop,
    }
  } catch (error) {
    const context = outputs.map((output) => output()).join('\n')
    await stop()
    throw new Error(`the cluster did not start: ${error instanceof Error ? error.message : String(error)}\n${context}`)
  }
}

function appNode(name: string, env: Record<string, string>): AppNode & { stop(): Promise<void>; output(): string } {
  let server: ServerProcess | undefined
  let earlier = ''
  return {
    name,
    url: `http://127.0.0.1:${env.PORT}`,
    readUrl: env.DATABASE_READ_URL || undefined,
    pid: () => (server && server.child.exitCode === null && server.child.signalCode === null ? server.child.pid : undefined),
    async kill() {
      if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return
      const exited = new Promise((resolve) => server!.child.once('exit', resolve))
      server.child.kill('SIGKILL')
      await exited
    },
    async restart() {
      if (server) earlier += server.output()
      server = await startServerProcess(env)
    },
    async stop() {
      await server?.stop()
    },
    output: () => earlier + (server?.output() ?? ''),
  }
}

function readAccessLog(file: string): AccessLine[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [upstream = '', status = '0', method = '', uri = ''] = line.split('|')
      return { upstream, status: Number(status), method, uri }
    })
}
