import type { MiddlewareHandler } from 'hono'

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

const BASE = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // QR codes and chart exports may be drawn to data: or blob: URLs
  'img-src': "'self' data: blob:",
  'media-src': "'self' blob:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
}

/**
 * Content-Security-Policy by path, first match wins: the built admin and survey pages load
 * only their own scripts and stylesheets; the printable posters and receipt slips are
 * server-rendered with a `<style>` element and no script, and so are the printable paper forms and
 * the public results (`/ket-qua`) and the follow-up page (`/f/`); everything else, the API reference page included, gets the base policy.
 */
const PRINTABLE = policy({ ...BASE, 'script-src': "'none'", 'style-src': "'unsafe-inline'" })
export const CONTENT_SECURITY_POLICIES: [path: RegExp, policy: string][] = [
  [/^\/posters\//, PRINTABLE],
  [/^\/api\/v1\/campaigns\/[^/]+\/units\/[^/]+\/paper-forms$/, PRINTABLE],
  [/^\/ket-qua/, PRINTABLE],
  [/^\/f\//, PRINTABLE],
  [/^\//, policy(BASE)],
]

/** Every response: its CSP, never framed, no MIME sniffing, no full URL (link codes) in Referer. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const path = c.req.path
    const [, csp] = CONTENT_SECURITY_POLICIES.find(([pattern]) => pattern.test(path))!
    c.res.headers.set('Content-Security-Policy', csp)
    c.res.headers.set('X-Frame-Options', 'DENY')
    c.res.headers.set('X-Content-Type-Options', 'nosniff')
    c.res.headers.set('Referrer-Policy', 'same-origin')
  }
}
