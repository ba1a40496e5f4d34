import type { Context, MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { isSecureRequest } from '../auth/routes/cookie-options'
import { SAFE_METHODS } from './same-origin-writes'

const RECENT_WRITE_COOKIE = 'hl_wrote'
/** Well above a streaming replica's usual replay lag (under a second on a local network). */
const RECENT_WRITE_SECONDS = 5

/**
 * With a read replica: a browser that changes something through the API (any method but GET,
 * HEAD, OPTIONS) carries a cookie for RECENT_WRITE_SECONDS, and its result reads go to the
 * primary meanwhile (`wroteRecently`), on whichever node they land: the page it reloads
 * after a review decision or an imported bundle shows the change although the replica may
 * not have replayed it yet.
 */
export function markRecentWrites(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (!SAFE_METHODS.has(c.req.method)) {
      setCookie(c, RECENT_WRITE_COOKIE, '1', { httpOnly: true, sameSite: 'Strict', secure: isSecureRequest(c), path: '/', maxAge: RECENT_WRITE_SECONDS })
    }
  }
}

export function wroteRecently(c: Context): boolean {
  return getCookie(c, RECENT_WRITE_COOKIE) !== undefined
}
