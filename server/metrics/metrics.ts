import { type Kysely, sql } from 'kysely'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { ReadReplica } from '../db/read-replica'
import type { DatabaseSchema } from '../db/schema'
import type { MaskKind } from '../responses/mask-personal-data'

export type AnswerOutcome = 'accepted' | 'refused'

/** The server's Prometheus instruments, in a registry of its own (several apps can share a process in tests). */
export class Metrics {
  readonly registry = new Registry()
  readonly answers = new Counter({
    name: 'hailong_answers_total',
    help: 'Survey answers received, by channel and outcome; reason is stored or replay when accepted, the error code when refused',
    labelNames: ['channel', 'outcome', 'reason'] as const,
    registers: [this.registry],
  })
  readonly writeBatchSize = new Histogram({
    name: 'hailong_response_write_batch_size',
    help: 'Answers written per group-commit transaction',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  })
  readonly writeBatchSeconds = new Histogram({
    name: 'hailong_response_write_batch_seconds',
    help: 'Time to write one group-commit transaction of answers',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  })
  readonly commentMasks = new Counter({
    name: 'hailong_comment_masks_total',
    help: 'Personal data masked out of citizens’ comments before they were stored, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  })
  readonly httpSeconds = new Histogram({
    name: 'hailong_http_request_seconds',
    help: 'HTTP request latency by route group (not by URL), method and status class',
    labelNames: ['group', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  })

  constructor(db: Kysely<DatabaseSchema>, rollupQueueDrainedAt: () => number, replica?: ReadReplica) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hailong_' })
    // One query per scrape serves both queue gauges (prom-client collects them concurrently).
    let reading: Promise<number> | undefined
    const queueDepth = () =>
      (reading ??= sql<{ n: number }>`select count(*)::int8 as n from rollup_pending`
        .execute(db)
        .then(({ rows }) => rows[0]?.n ?? 0)
        .finally(() => (reading = undefined)))
    new Gauge({
      name: 'hailong_rollup_queue_depth',
      help: 'Stored answers not yet folded into the rollups',
      registers: [this.registry],
      async collect() {
        this.set(await queueDepth())
      },
    })
    new Gauge({
      name: 'hailong_rollup_queue_age_seconds',
      help: 'Seconds since the rollup queue was last emptied, 0 when it is empty; alert when it keeps growing',
      registers: [this.registry],
      async collect() {
        this.set((await queueDepth()) === 0 ? 0 : (Date.now() - rollupQueueDrainedAt()) / 1000)
      },
    })
    if (replica) {
      new Gauge({
        name: 'hailong_read_replica_lag_seconds',
        help: 'How far the read replica’s replay is behind (0 when it has replayed all it received; NaN when it does not answer or is not a standby)',
        registers: [this.registry],
        async collect() {
          this.set((await replica.lagSeconds().catch(() => null)) ?? Number.NaN)
        },
      })
    }
  }

  countCommentMasks(counts: Record<MaskKind, number>): void {
    for (const [kind, count] of Object.entries(counts)) if (count > 0) this.commentMasks.inc({ kind }, count)
  }

  observeWriteBatch(size: number, seconds: number): void {
    this.writeBatchSize.observe(size)
    this.writeBatchSeconds.observe(seconds)
  }
}
