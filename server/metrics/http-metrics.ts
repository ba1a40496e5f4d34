import type { MiddlewareHandler } from 'hono'
import { baseRoutePath } from 'hono/route'
import type { AppEnv } from '../http/context'
import { ApiError } from '../http/errors'
import type { Metrics } from './metrics'

/**
 * Request latency labelled by the route group that answered (the path it is mounted
 * at, e.g. `/api/v1/campaigns`), never by URL: labels stay bounded whatever is requested.
 */
export function httpMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const stop = metrics.httpSeconds.startTimer()
    await next()
    stop({ group: baseRoutePath(c) || '/', method: c.req.method, status: `${Math.floor(c.res.status / 100)}xx` })
  }
}

/** Counts each answer sent to the response endpoint as accepted (stored or replay) or refused (by error code). */
export function answerMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const channel = c.get('answerChannel') ?? 'unknown'
    const status = c.res.status
    if (status === 201 || status === 200) {
      metrics.answers.inc({ channel, outcome: 'accepted', reason: status === 201 ? 'stored' : 'replay' })
    } else {
      metrics.answers.inc({ channel, outcome: 'refused', reason: c.error instanceof ApiError ? c.error.code : `http_${status}` })
    }
  }
}
