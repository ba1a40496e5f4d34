import { createRoute, z } from '@hono/zod-openapi'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
})

const getHealth = createRoute({
  method: 'get',
  path: '/',
  summary: 'Liveness and database check',
  responses: {
    200: { description: 'The server and its database answer', content: { 'application/json': { schema: healthSchema } } },
  },
})

export function healthRoutes(ctx: AppContext) {
  return createRouter().openapi(getHealth, async (c) => {
    await ctx.database.ping()
    return c.json({ status: 'ok' as const, database: ctx.database.kind }, 200)
  })
}
