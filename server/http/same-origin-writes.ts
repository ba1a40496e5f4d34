import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors'

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses a state-changing request (any method but GET, HEAD, OPTIONS) that a browser sent
 * from another origin: a page on another port of the same host is same-site, so the
 * SameSite=Strict session cookie goes with it, and a POST without a body (revoke, publish,
 * logout) or a form POST needs no CORS preflight. Such a request carries `Origin` (every
 * browser sends it on cross-origin POSTs) or `Sec-Fetch-Site`, so:
 * - `Sec-Fetch-Site: same-site | cross-site` is refused;
 * - an `Origin` is accepted only when it is the configured public URL's origin (a page
 *   behind a reverse proxy) or names the host the request was sent to (`Host`);
 * - a request with neither header comes from no browser (curl, scripts, the kiosk's own
 *   fetch never omits both) and passes: it cannot carry a victim's cookie by accident.
 * Hono's `csrf` middleware refuses that last case and answers in plain text, hence this one.
 */
export function sameOriginWrites(publicUrl: string): MiddlewareHandler {
  const publicOrigin = new URL(publicUrl).origin
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site')
      const origin = c.req.header('origin')
      const crossSite = site === 'same-site' || site === 'cross-site'
      if (crossSite || (origin !== undefined && !isOwnOrigin(origin, publicOrigin, c.req.header('host')))) {
        throw new ApiError(403, 'cross_origin_request', 'Changes are accepted only from pages of this site')
      }
    }
    await next()
  }
}

function isOwnOrigin(origin: string, publicOrigin: string, host: string | undefined): boolean {
  if (origin === publicOrigin) return true
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase()
  } catch {
    return false // `Origin: null` (sandboxed frames, some redirects) or garbage
  }
}
