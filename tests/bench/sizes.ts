// How big each scenario is: the issue's sizes by default, a small run with BENCH_QUICK=1,
// and any single size overridden by its own variable (BENCH_KIOSKS=100 …).
import type { DatabaseKind } from '../../server/db/database'

export interface BenchSizes {
  /** Units of the campaign the HTTP scenarios write to (one QR link each). */
  httpUnits: number
  healthzSeconds: number
  steadySeconds: number
  /** Responses per second of the steady run (the target rate). */
  steadyRate: number
  /** A second steady run below it: the latency with headroom. */
  lightRate: number
  /** Two lower steady rates, so that the latency by rate shows where the curve bends. */
  lowRate: number
  midRate: number
  saturationSeconds: number
  connections: number
  kiosks: number
  kioskQueue: number
  /** Share of answers a kiosk sends a second time. */
  duplicateShare: number
  burstTimeoutSeconds: number
  indicesUnits: number
  indicesResponses: number
  indicesRuns: number
  /** Seconds of ingest into the indices' campaign (at the lowest steady rate) while its indices are read. */
  indicesIngestSeconds: number
  groupByRuns: number
  exportUnits: number
  exportResponses: number
  /** Connections reading the public results page beside the ingest at the lower steady rate. */
  publicReaders: number
  publicSeconds: number
}

type Defaults = Record<DatabaseKind, BenchSizes>

const full: Defaults = {
  postgres: {
    httpUnits: 50,
    healthzSeconds: 10,
    steadySeconds: 20,
    steadyRate: 2000,
    lightRate: 1000,
    lowRate: 250,
    midRate: 500,
    saturationSeconds: 20,
    connections: 64,
    kiosks: 500,
    kioskQueue: 200,
    duplicateShare: 0.03,
    burstTimeoutSeconds: 1200,
    indicesUnits: 50,
    indicesResponses: 1_000_000,
    indicesRuns: 30,
    indicesIngestSeconds: 20,
    groupByRuns: 3,
    exportUnits: 100,
    exportResponses: 20_000,
    publicReaders: 1000,
    publicSeconds: 20,
  },
  // The embedded engine runs inside the server's one thread: a lower steady rate, 100
  // kiosks instead of 500 and 100,000 responses for the indices, so that the whole
  // default run stays near 25 minutes on 2 cores (the targets are PostgreSQL's).
  pglite: {
    httpUnits: 50,
    healthzSeconds: 10,
    steadySeconds: 20,
    steadyRate: 500,
    lightRate: 250,
    lowRate: 50,
    midRate: 125,
    saturationSeconds: 20,
    connections: 64,
    kiosks: 100,
    kioskQueue: 200,
    duplicateShare: 0.03,
    burstTimeoutSeconds: 900,
    indicesUnits: 50,
    indicesResponses: 100_000,
    indicesRuns: 30,
    indicesIngestSeconds: 20,
    groupByRuns: 3,
    exportUnits: 100,
    exportResponses: 20_000,
    publicReaders: 1000,
    publicSeconds: 20,
  },
}

const quick: Partial<BenchSizes> = {
  httpUnits: 10,
  healthzSeconds: 3,
  steadySeconds: 4,
  saturationSeconds: 5,
  kiosks: 50,
  kioskQueue: 20,
  burstTimeoutSeconds: 120,
  indicesResponses: 20_000,
  indicesRuns: 10,
  indicesIngestSeconds: 5,
  groupByRuns: 1,
  exportResponses: 5_000,
  publicSeconds: 5,
}

const envName = (key: string) => `BENCH_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`

export function benchSizes(kind: DatabaseKind, env: NodeJS.ProcessEnv): BenchSizes {
  const sizes: BenchSizes = { ...full[kind], ...(env.BENCH_QUICK === '1' ? quick : {}) }
  for (const key of Object.keys(sizes) as (keyof BenchSizes)[]) {
    const value = env[envName(key)]
    if (value === undefined || value === '') continue
    const number = Number(value)
    if (!Number.isFinite(number) || number < 0) throw new Error(`${envName(key)} must be a non-negative number, got "${value}"`)
    sizes[key] = number
  }
  return sizes
}

/** The variables benchSizes reads, for the usage line. */
export const sizeVariables = Object.keys(full.postgres).map(envName)
