import { createRoute, z } from '@hono/zod-openapi'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'

const params = z.object({
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex')
    .openapi({ param: { name: 'sha256', in: 'path' } }),
})

export function getRecording(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/recordings/{sha256}',
    summary: 'A recording that reads a survey text aloud (no login); named by its content, cached for a year, ETag its SHA-256',
    request: { params },
    responses: {
      200: { description: 'The audio', content: { 'audio/ogg': { schema: z.string().openapi({ format: 'binary' }) } } },
      304: { description: 'Not modified (If-None-Match)' },
      404: { description: 'No such recording' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { sha256 } = c.req.valid('param')
    const etag = `"${sha256}"`
    const cache = () => {
      c.header('ETag', etag)
      c.header('Cache-Control', 'public, max-age=31536000, immutable')
    }
    // the address is the content's hash: a copy the client holds under it is this recording
    if (
      c.req
        .header('if-none-match')
        ?.split(/\s*,\s*/)
        .includes(etag)
    ) {
      cache()
      return c.body(null, 304)
    }
    const row = await ctx.db.selectFrom('recordings').select(['media_type', 'bytes']).where('sha256', '=', sha256).limit(1).executeTakeFirst()
    if (!row) throw notFound('Recording')
    cache()
    c.header('Content-Type', row.media_type)
    return c.body(new Uint8Array(row.bytes), 200)
  })
}
