import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ErrorBody } from './errors'

const KB = 1024
const MB = 1024 * KB

export interface BodyLimit {
  /** Matched against the request path; the first rule that matches applies. */
  path: RegExp
  maxBytes: number
  /** What the rule is for, named in the 413 answer. */
  what: string
}

/**
 * The largest request body each route accepts (docs/availability.md has this table). A
 * survey answer is a few KB; one of 8–10 MB used to exhaust the server's heap.
 */
export const BODY_LIMITS: readonly BodyLimit[] = [
  { path: /^\/api\/v1\/public\//, maxBytes: 64 * KB, what: 'a survey answer' },
  { path: /^\/api\/v1\/agencies\/import$/, maxBytes: 5 * MB, what: 'an agency import file' },
  { path: /^\/api\/v1\/national\/bundles$/, maxBytes: 16 * MB, what: 'a campaign bundle' },
  // the route itself refuses a recording over 1 MB, naming the field
  { path: /^\/api\/v1\/questionnaires\/\d+\/recordings\//, maxBytes: 2 * MB, what: 'a recording' },
  { path: /^\/api\/v1\//, maxBytes: 1 * MB, what: 'an administration request' },
  { path: /^/, maxBytes: 16 * KB, what: 'a form' },
]

/**
 * Refuses a body over its route's limit with 413 before anything parses it: at once when
 * Content-Length says so (Node never delivers more bytes than that header announces), and
 * for a chunked body as soon as the bytes read pass the limit, so no upload is read whole
 * first. @hono/node-server then discards what the client still sends, for at most 500 ms,
 * and closes the connection.
 *
 * GET, HEAD and bodies announced by Content-Length are judged from the headers here: hono's
 * bodyLimit first asks the request for its body stream, which makes @hono/node-server build
 * a whole web Request (a ReadableStream, an AbortSignal) for every request, and the body
 * then reaches `c.req.json()` through that stream instead of being read straight from the
 * socket (~7 % of the server's CPU under ingest, and its garbage).
 */
export function limitRequestBodies(limits: readonly BodyLimit[] = BODY_LIMITS): MiddlewareHandler {
  const limiters = limits.map((limit) => ({ limit, check: bodyLimit({ maxSize: limit.maxBytes, onError: (c) => tooLarge(c, limit) }) }))
  return async (c, next) => {
    const { limit, check } = limiters.find(({ limit }) => limit.path.test(c.req.path))!
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const length = c.req.header('Content-Length')
    if (length === undefined || c.req.header('Transfer-Encoding') !== undefined) return check(c, next)
    return Number.parseInt(length, 10) > limit.maxBytes ? tooLarge(c, limit) : next()
  }
}

function tooLarge(c: Context, limit: BodyLimit) {
  const size = limit.maxBytes >= MB ? `${limit.maxBytes / MB} MB` : `${limit.maxBytes / KB} KB`
  const body: ErrorBody = { error: { code: 'payload_too_large', message: `The request body is larger than ${size}, the limit for ${limit.what}` } }
  return c.json(body, 413)
}
