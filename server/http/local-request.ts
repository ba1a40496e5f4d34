import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/

/**
 * A request from this machine itself, not relayed: a reverse proxy on the same host
 * connects from loopback too, but it adds forwarding headers (the deployment guide's
 * nginx site does), so such requests do not count as local.
 */
export function isLocalRequest(c: Context): boolean {
  let remote: string | undefined
  try {
    remote = getConnInfo(c).remote.address
  } catch {
    return false // not served from a socket (app.request in tests)
  }
  const relayed = c.req.header('x-forwarded-for') ?? c.req.header('x-real-ip') ?? c.req.header('forwarded')
  return !!remote && LOOPBACK.test(remote) && relayed === undefined
}
