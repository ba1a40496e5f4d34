import type { Context } from 'hono'

/** HTTPS directly, or behind a reverse proxy that terminates TLS. */
export function isSecureRequest(c: Context): boolean {
  return c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:'
}
