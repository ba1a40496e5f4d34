// `npm run cluster`: the cluster scenario at the issue's sizes (500 kiosks × 200 answers) on a
// private primary, streaming replica, two app nodes and nginx; prints the figures and the
// checks, and exits 1 when a check failed. CLUSTER_KIOSKS=100 CLUSTER_QUEUE=20 for a short run.
import { clusterUnavailable, startCluster } from './cluster'
import { describeFigures, FULL_SIZES, failedChecks, runClusterScenario, sizesFromEnv } from './scenario'

const log = (message: string) => console.error(`[cluster ${new Date().toISOString().slice(11, 19)}] ${message}`)

const unavailable = clusterUnavailable()
if (unavailable) {
  console.error(`npm run cluster cannot run here: ${unavailable}`)
  process.exit(1)
}
const sizes = sizesFromEnv(FULL_SIZES, process.env)
log('starting a PostgreSQL primary and streaming replica, two app nodes and nginx')
const cluster = await startCluster({ KIOSK_MIN_INTERVAL_SECONDS: String(sizes.kioskIntervalSeconds) })
// pg_ctl's servers run detached from this process: stopped by hand when the run is interrupted
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the cluster`)
    void cluster.stop().finally(() => process.exit(130))
  })
}
let failed: string[]
try {
  const run = await runClusterScenario(cluster, sizes, log)
  console.log(describeFigures(run.figures).join('\n'))
  failed = failedChecks(run.checks)
  for (const c of run.checks) console.log(`${failed.some((line) => line.startsWith(`${c.name}:`)) ? 'FAILED' : 'OK    '} ${c.name}`)
  for (const line of failed) console.log(`FAILED ${line}`)
} finally {
  await cluster.stop()
}
process.exit(failed.length ? 1 : 0)
