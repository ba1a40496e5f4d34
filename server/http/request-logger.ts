import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log'

/**
 * One line per request. Deliberately without client address, user agent or query
 * string: survey submissions must leave no trace that could identify a respondent.
 */
export function requestLogger(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}
