import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'

const gzipAsync = promisify(gzip)

// What is worth compressing: the pages, scripts and styles phones download, and API JSON
// (the indices of 50 units are ~250 KB, ~50 KB gzipped). CSV exports stay as they are: the
// raw responses are streamed and would have to be held in memory whole.
const COMPRESSIBLE = /^(application\/(json|javascript|manifest\+json)|text\/(html|css|javascript|plain)|image\/svg\+xml)\b/
const MIN_BYTES = 1024

/**
 * gzip through node:zlib on the thread pool: hono's compress() runs CompressionStream on the
 * server's thread, ~3× slower (15 ms for the 50-unit indices, against 5 ms here, off-thread).
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    // Only what is read: answers to POSTs are a few bytes (an id), not worth a copy each.
    if (c.req.method !== 'GET' || !res.body || res.headers.has('Content-Encoding') || /no-transform/.test(res.headers.get('Cache-Control') ?? '')) return
    if (!COMPRESSIBLE.test(res.headers.get('Content-Type') ?? '')) return
    if (!/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) return
    const body = Buffer.from(await res.arrayBuffer())
    const small = body.length < MIN_BYTES
    // Hono copies the old response's headers onto the new one, so they are changed after.
    c.res = new Response(small ? body : await gzipAsync(body), res)
    c.res.headers.append('Vary', 'Accept-Encoding')
    if (small) return
    c.res.headers.delete('Content-Length')
    c.res.headers.set('Content-Encoding', 'gzip')
  }
}
