import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { TrustedProxies } from './trusted-proxies'

/**
 * The client's address, for rate limiting only (never stored). A request from a trusted
 * reverse proxy (`TRUSTED_PROXIES`) is attributed to the right-most `X-Forwarded-For`
 * entry that is not itself a trusted proxy; from anyone else the header is ignored, since
 * a client can write whatever it likes in it.
 */
export function clientAddress(c: Context, isTrustedProxy: TrustedProxies): string {
  let remote: string | undefined
  try {
    remote = getConnInfo(c).remote.address
  } catch {
    // Not served by @hono/node-server (app.request without a socket): no address to ask.
  }
  if (!remote) return 'unknown'
  if (!isTrustedProxy(remote)) return remote
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  let client = remote
  while (hops.length > 0 && isTrustedProxy(client)) client = hops.pop()!
  return client
}
