import { createRoute, z } from '@hono/zod-openapi'
import { errorMessage } from '../db/database'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'

const readySchema = z.object({ status: z.literal('ready') })
const notReadySchema = z.object({
  status: z.literal('not_ready'),
  reason: z.enum(['database_unavailable', 'migrations_pending']),
  detail: z.string(),
})

const getReadiness = createRoute({
  method: 'get',
  path: '/',
  summary: 'Readiness for a load balancer: the database answers and every migration is applied',
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
    return c.json({ status: 'ready' as const }, 200)
  })
}
