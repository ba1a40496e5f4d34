import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

const PROXY_ADDRESS = /^(127\.|::1$|::ffff:127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|fc|fd)/i

/**
 * The client's address, for rate limiting only (never stored). Behind a reverse proxy on
 * the same host or private network, the proxy's last X-Forwarded-For entry names the
 * client; a header sent by a client reaching us directly is ignored.
 */
export function clientAddress(c: Context): string {
  let remote: string | undefined
  try {
    remote = getConnInfo(c).remote.address
  } catch {
    // Not served by @hono/node-server (e.g. app.request in tests): no socket to ask.
  }
  const forwarded = c.req.header('x-forwarded-for')
  if (forwarded && (!remote || PROXY_ADDRESS.test(remote))) {
    const last = forwarded.split(',').pop()!.trim()
    if (last) return last
  }
  return remote ?? 'unknown'
}
