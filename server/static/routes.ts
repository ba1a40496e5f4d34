import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { entryPageFor } from '../../shared/entry-pages'

/** The built client: hashed assets cached for a year, any other GET falls back to its entry page. */
export function staticRoutes(clientDir: string) {
  const relativeRoot = path.relative(process.cwd(), clientDir) || '.'
  return new Hono()
    .use('/assets/*', async (c, next) => {
      await next()
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
    })
    .use('*', serveStatic({ root: relativeRoot }))
    .get('*', (c) => {
      const file = path.join(clientDir, entryPageFor(c.req.path))
      if (!fs.existsSync(file)) return c.text('The client is not built: run `npm run build`.', 503)
      c.header('Cache-Control', 'no-cache')
      return c.html(fs.readFileSync(file, 'utf8'))
    })
}
