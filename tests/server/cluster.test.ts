import { afterAll, expect, it } from 'vitest'
import { type Cluster, clusterUnavailable, startCluster } from '../cluster/cluster'
import { type ClusterSizes, describeFigures, FULL_SIZES, runClusterScenario } from '../cluster/scenario'

// The cluster scenario (tests/cluster, `npm run cluster` at full size) at a size CI can afford:
// 100 kiosks × 20 answers through nginx over two app nodes, one killed in the middle, on a
// private PostgreSQL primary and streaming replica.
const SIZES: ClusterSizes = { ...FULL_SIZES, kiosks: 100, queueLength: 20, timeoutSeconds: 120 }

const unavailable = clusterUnavailable()
if (unavailable) console.log(`SKIPPED the cluster test: ${unavailable}`)

let cluster: Cluster | undefined
afterAll(() => cluster?.stop())

it.skipIf(unavailable !== null)(
  'two app nodes behind nginx, one killed mid-burst, on a primary and a streaming replica, behave as one node',
  { timeout: 240_000 },
  async () => {
    cluster = await startCluster({ KIOSK_MIN_INTERVAL_SECONDS: String(SIZES.kioskIntervalSeconds) })
    const run = await runClusterScenario(cluster, SIZES, () => {})
    console.log(describeFigures(run.figures).join('\n'))
    for (const check of run.checks) expect.soft(check.actual, check.name).toEqual(check.expected)
  },
)
