import { createRoute, z } from '@hono/zod-openapi'
import { errorMessage } from '../db/database'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'

const readySchema = z.object({
  status: z.literal('ready'),
  readReplica: z
    .enum(['up', 'down'])
    .optional()
    .openapi({ description: 'With DATABASE_READ_URL only. A replica down leaves the server ready: the result routes read the primary meanwhile' }),
})
const notReadySchema = z.object({
  status: z.literal('not_ready'),
  reason: z.enum(['database_unavailable', 'migrations_pending']),
  detail: z.string(),
})

const getReadiness = createRoute({
  method: 'get',
  path: '/',
  summary: 'Readiness for a load balancer: the database answers and every migration is applied (and how the read replica fares)',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: readySchema } } },
    503: { description: 'Not ready, with the reason', content: { 'application/json': { schema: notReadySchema } } },
  },
})

export function readinessRoutes(ctx: AppContext) {
  return createRouter().openapi(getReadiness, async (c) => {
    let pending: string[]
    try {
      pending = await ctx.database.pendingMigrations()
    } catch (err) {
      return c.json({ status: 'not_ready' as const, reason: 'database_unavailable' as const, detail: errorMessage(err) }, 503)
    }
    if (pending.length) {
      return c.json({ status: 'not_ready' as const, reason: 'migrations_pending' as const, detail: pending.join(', ') }, 503)
    }
    const replica = ctx.database.replica
    return c.json(replica ? { status: 'ready' as const, readReplica: await replica.state() } : { status: 'ready' as const }, 200)
  })
}
