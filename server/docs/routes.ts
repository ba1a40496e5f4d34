import { Hono } from 'hono'
import { html } from 'hono/html'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

export interface OpenApiDocument {
  info: { title: string; description?: string }
  paths?: Record<string, Partial<Record<(typeof METHODS)[number], { summary?: string }>> | undefined>
}

/**
 * A plain page listing every operation, rendered on the server: no script (the CSP allows
 * none inline) and no third-party bundle (swagger-ui-dist pulled in an install script that
 * sends analytics). The full schemas are in `openapi.json`, linked at the top.
 */
const page = (spec: OpenApiDocument, specUrl: string) => {
  const rows = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item?.[method]
      if (!operation) return []
      return [html`<tr><td><code>${method.toUpperCase()}</code></td><td><code>${path}</code></td><td>${operation.summary ?? ''}</td></tr>`]
    }),
  )
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${spec.info.title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head><body>
<h1>${spec.info.title}</h1>
<p>${spec.info.description ?? ''} OpenAPI 3.1: <a href="${specUrl}">${specUrl}</a></p>
<table><thead><tr><th>Method</th><th>Path</th><th>Summary</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`
}

/** API reference at `/api/v1/docs`, from the same document as `/api/v1/openapi.json`. */
export function docsRoutes(document: () => OpenApiDocument) {
  return new Hono().get('/', (c) => c.html(page(document(), '/api/v1/openapi.json')))
}
