import { Hono } from 'hono'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'

const require = createRequire(import.meta.url)
const swaggerDir = path.dirname(require.resolve('swagger-ui-dist/package.json'))
const ASSETS = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
])

// Served from the installed package, not a CDN: provincial networks are often closed.
const page = (specUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hài Lòng API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui' })</script>
</body></html>`

/** Interactive API reference at `/api/v1/docs` reading `/api/v1/openapi.json`. */
export function docsRoutes() {
  return new Hono()
    .get('/', (c) => c.html(page('/api/v1/openapi.json')))
    .get('/:asset', (c) => {
      const asset = c.req.param('asset')
      const type = ASSETS.get(asset)
      if (!type) return c.notFound()
      c.header('Content-Type', type)
      c.header('Cache-Control', 'public, max-age=86400')
      return c.body(fs.readFileSync(path.join(swaggerDir, asset)))
    })
}
