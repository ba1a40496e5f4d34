import { timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import type { AppContext } from '../http/context'
import { ApiError } from '../http/errors'
import { isLocalRequest } from '../http/local-request'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** `GET /metrics` in Prometheus text format: with `METRICS_TOKEN` as a bearer token, or from this machine when no token is set. */
export function metricsRoutes(ctx: AppContext) {
  return new Hono().get('/', async (c) => {
    const token = ctx.config.metricsToken
    if (token) {
      const given = c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? ''
      if (!sameSecret(given, token)) throw new ApiError(401, 'unauthorized', 'A valid bearer token (METRICS_TOKEN) is required')
    } else if (!isLocalRequest(c)) {
      throw new ApiError(403, 'forbidden', 'Metrics are served to this machine only unless METRICS_TOKEN is set')
    }
    c.header('Content-Type', ctx.metrics.registry.contentType)
    c.header('Cache-Control', 'no-store')
    return c.body(await ctx.metrics.registry.metrics())
  })
}
