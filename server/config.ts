import path from 'node:path'
import { DEFAULT_MOVABLE_HOLIDAYS, invalidHoliday } from '../shared/calendar/working-days'
import { proxyEntryError } from './auth/trusted-proxies'

export interface Config {
  port: number
  host: string
  /** `postgres://…` selects a PostgreSQL server; unset means embedded PGlite under dataDir. */
  databaseUrl: string | undefined
  /** A PostgreSQL replica of `databaseUrl` for the read-only result routes (docs/scaling.md); unset: they read the primary. */
  databaseReadUrl: string | undefined
  dataDir: string
  /** PGlite's shared buffers, in MB (docs/performance.md: its memory never shrinks once used). */
  pgliteSharedBuffersMb: number
  /** How V8 compiles PGlite's WebAssembly (docs/performance.md: the optimizing tier costs ~80 MB). */
  pgliteCompiler: PgliteCompiler
  /** Origin encoded in QR codes and survey links, e.g. `https://hailong.sonla.gov.vn`. */
  publicUrl: string
  clientDir: string
  /** Build the client at start-up when it is missing or stale (off under `npm run dev`). */
  buildClient: boolean
  adminEmail: string | undefined
  adminPassword: string | undefined
  demo: boolean
  /** A kiosk link accepts one response per this many seconds (judged on the kiosk's answer time). */
  kioskMinIntervalSeconds: number
  /** Kiosks go back to the start after this many idle seconds. */
  kioskIdleResetSeconds: number
  /** This many identical answer sets from one link within the window are flagged as a burst. */
  burstMinIdentical: number
  burstWindowSeconds: number
  /** How often stored responses are folded into the rollups (readers add the rest themselves). */
  rollupIntervalMs: number
  /** Memory for the computed figures kept per process (docs/indices.md#caching), in MB. */
  indicesCacheMb: number
  logLevel: 'debug' | 'info' | 'warn' | 'error'
  /** Reverse proxies whose `X-Forwarded-For` names the client (addresses or CIDRs); empty trusts none. */
  trustedProxies: string[]
  /** Bearer token for `/metrics`; unset means only requests from this machine get them. */
  metricsToken: string | undefined
  /** Scheduled backups: where (unset: none), how often (0: never) and how many to keep. */
  backupDir: string | undefined
  backupEveryMs: number
  backupKeep: number
  /** Who signs this installation's bundles for the national roll-up (unset: no bundles). */
  province: { code: string; name: string } | undefined
  /** The licence of the published figures, the province's choice: an SPDX id and its text's URL. */
  openDataLicence: { id: string; url: string }
  /** A feedback case is due this many working days after it opens (the province's setting). */
  caseDeadlineWorkingDays: number
  /** Movable public holidays (`YYYY-MM-DD`) that are not working days, besides the fixed ones. */
  publicHolidays: string[]
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const
export const DEFAULT_PGLITE_SHARED_BUFFERS_MB = 16
export const PGLITE_COMPILERS = ['baseline', 'optimizing'] as const
export type PgliteCompiler = (typeof PGLITE_COMPILERS)[number]

export class ConfigError extends Error {}

function parsePositiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`)
  return number
}

const DURATION_UNITS_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `24h`, `30m`, `7d`, `90s` → milliseconds. */
function parseDuration(env: NodeJS.ProcessEnv, name: string): number {
  const value = env[name]
  if (value === undefined || value === '') return 0
  const match = /^(\d+)\s*([smhd])$/.exec(value.trim())
  if (!match || Number(match[1]) === 0) throw new ConfigError(`${name} must be a duration such as 24h, 30m or 7d, got "${value}"`)
  return Number(match[1]) * DURATION_UNITS_MS[match[2]!]!
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${value}"`)
  return port
}

function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries) {
    const error = proxyEntryError(entry)
    if (error) throw new ConfigError(`TRUSTED_PROXIES: ${error}`)
  }
  return entries
}

function parsePostgresUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]
  if (!value) return undefined
  if (!/^postgres(ql)?:\/\//.test(value)) throw new ConfigError(`${name} must start with postgres:// or postgresql://`)
  return value
}

function parseSharedBuffers(env: NodeJS.ProcessEnv): number {
  const mb = parsePositiveInt(env, 'PGLITE_SHARED_BUFFERS_MB', DEFAULT_PGLITE_SHARED_BUFFERS_MB)
  if (mb < 1 || mb > 1024) throw new ConfigError(`PGLITE_SHARED_BUFFERS_MB must be between 1 and 1024, got "${env.PGLITE_SHARED_BUFFERS_MB}"`)
  return mb
}

function parsePgliteCompiler(value: string | undefined): PgliteCompiler {
  if (value === undefined || value === '') return 'baseline'
  if (!(PGLITE_COMPILERS as readonly string[]).includes(value)) {
    throw new ConfigError(`PGLITE_COMPILER must be one of ${PGLITE_COMPILERS.join(', ')}, got "${value}"`)
  }
  return value as PgliteCompiler
}

function parseProvince(env: NodeJS.ProcessEnv): Config['province'] {
  const code = env.PROVINCE_CODE?.trim()
  const name = env.PROVINCE_NAME?.trim()
  if (!code && !name) return undefined
  if (!code || !name) throw new ConfigError('PROVINCE_CODE and PROVINCE_NAME are set together (e.g. PROVINCE_CODE=SLA PROVINCE_NAME="Sơn La")')
  if (!/^[A-Z0-9-]{2,12}$/.test(code)) throw new ConfigError(`PROVINCE_CODE must be 2–12 upper-case letters, digits or dashes, got "${code}"`)
  return { code, name }
}

function parseHolidays(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_MOVABLE_HOLIDAYS]
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const bad = invalidHoliday(entries)
  if (bad !== null) throw new ConfigError(`PUBLIC_HOLIDAYS must list dates YYYY-MM-DD separated by commas, got "${bad}"`)
  return entries
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const port = parsePort(env.PORT)
  const host = env.HOST || '0.0.0.0'
  const databaseUrl = parsePostgresUrl(env, 'DATABASE_URL')
  const databaseReadUrl = parsePostgresUrl(env, 'DATABASE_READ_URL')
  if (databaseReadUrl && !databaseUrl) {
    throw new ConfigError(
      'DATABASE_READ_URL names a replica of the PostgreSQL server of DATABASE_URL: set DATABASE_URL too (the embedded database has no replica)',
    )
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel']
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`)
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '')
  return {
    port,
    host,
    databaseUrl,
    databaseReadUrl,
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    pgliteSharedBuffersMb: parseSharedBuffers(env),
    pgliteCompiler: parsePgliteCompiler(env.PGLITE_COMPILER),
    publicUrl,
    clientDir: path.resolve(env.CLIENT_DIR || 'dist/client'),
    buildClient: env.SKIP_CLIENT_BUILD !== '1',
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demo: argv.includes('--demo') || env.DEMO === '1' || env.DEMO === 'true',
    logLevel,
    kioskMinIntervalSeconds: parsePositiveInt(env, 'KIOSK_MIN_INTERVAL_SECONDS', 20),
    kioskIdleResetSeconds: parsePositiveInt(env, 'KIOSK_IDLE_RESET_SECONDS', 60),
    burstMinIdentical: parsePositiveInt(env, 'BURST_MIN_IDENTICAL', 5),
    burstWindowSeconds: parsePositiveInt(env, 'BURST_WINDOW_SECONDS', 600),
    rollupIntervalMs: parsePositiveInt(env, 'ROLLUP_INTERVAL_MS', 1000),
    indicesCacheMb: parsePositiveInt(env, 'INDICES_CACHE_MB', 16),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    metricsToken: env.METRICS_TOKEN || undefined,
    backupDir: env.BACKUP_DIR ? path.resolve(env.BACKUP_DIR) : undefined,
    backupEveryMs: parseDuration(env, 'BACKUP_EVERY'),
    backupKeep: parsePositiveInt(env, 'BACKUP_KEEP', 7),
    province: parseProvince(env),
    openDataLicence: {
      id: env.OPEN_DATA_LICENCE || 'CC-BY-4.0',
      url: env.OPEN_DATA_LICENCE_URL || (env.OPEN_DATA_LICENCE ? '' : 'https://creativecommons.org/licenses/by/4.0/'),
    },
    caseDeadlineWorkingDays: parsePositiveInt(env, 'CASE_DEADLINE_WORKING_DAYS', 10),
    publicHolidays: parseHolidays(env.PUBLIC_HOLIDAYS),
  }
}
