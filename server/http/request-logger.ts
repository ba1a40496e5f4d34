import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log'

// The kiosk and phone pages (/k/…, /s/…) and the public survey API carry a link code.
const PUBLIC_SURVEY_PATH = /^(\/[ks]\/|\/api\/v1\/public\/surveys\/)[^/]+/

/**
 * The path as logged: a survey link's code is replaced by `:code`, since millisecond times
 * next to the code would give the order of one unit's answers and could be joined to the
 * link list.
 */
export function loggedPath(path: string): string {
  return path.replace(PUBLIC_SURVEY_PATH, '$1:code')
}

/**
 * One line per request. Deliberately without client address, user agent, query string or
 * survey link code: survey submissions must leave no trace that could identify a respondent.
 */
export function requestLogger(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    log.info('request', {
      method: c.req.method,
      path: loggedPath(c.req.path),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}
