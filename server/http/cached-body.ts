import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { Context } from 'hono'

const gzipAsync = promisify(gzip)

/** A body kept in memory with its gzipped copy and its validator. */
export interface CachedBody {
  body: string
  /** The body gzipped once, for the many readers whose browser accepts it. */
  gzipped: Buffer
  etag: string
}

/** Gzips a body once and names it by its hash (a weak ETag: the bytes sent depend on the encoding). */
export async function cachedBody(body: string): Promise<CachedBody> {
  return { body, gzipped: await gzipAsync(body), etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` }
}

/** Sends a cached body: 304 when the client's `If-None-Match` holds its ETag, gzipped when the client accepts it. */
export function sendCached(c: Context, cached: CachedBody, type: string, cacheControl: string): Response {
  c.header('Cache-Control', cacheControl)
  c.header('ETag', cached.etag)
  c.header('Vary', 'Accept-Encoding')
  if (
    c.req
      .header('If-None-Match')
      ?.split(/\s*,\s*/)
      .includes(cached.etag)
  )
    return c.body(null, 304)
  if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? ''))
    return c.body(new Uint8Array(cached.gzipped), 200, { 'Content-Type': type, 'Content-Encoding': 'gzip' })
  return c.body(cached.body, 200, { 'Content-Type': type })
}
