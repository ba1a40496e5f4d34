import { createRoute } from '@hono/zod-openapi'
import { linkCodeParams } from '../../shared/api/params'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { qrPng, qrSvg } from '../posters/qr-image'
import { findLinkForStaff } from './find-link'
import { surveyUrl } from './link-code'

const qrRoute = (format: 'svg' | 'png') =>
  createRoute({
    method: 'get',
    path: `/links/{code}/qr.${format}`,
    summary: `QR code (${format.toUpperCase()}) encoding the link's survey URL`,
    request: { params: linkCodeParams },
    responses: { 200: { description: 'The image', content: { [format === 'svg' ? 'image/svg+xml' : 'image/png']: { schema: {} } } } },
  })

export function getLinkQr(ctx: AppContext) {
  const router = createRouter()
  router.openapi(qrRoute('svg'), async (c) => {
    const link = await findLinkForStaff(ctx, c.var.user, c.req.valid('param').code)
    c.header('Content-Type', 'image/svg+xml; charset=utf-8')
    return c.body(await qrSvg(surveyUrl(ctx.config.publicUrl, link.channel, link.code)), 200)
  })
  router.openapi(qrRoute('png'), async (c) => {
    const link = await findLinkForStaff(ctx, c.var.user, c.req.valid('param').code)
    c.header('Content-Type', 'image/png')
    return c.body(new Uint8Array(await qrPng(surveyUrl(ctx.config.publicUrl, link.channel, link.code))), 200)
  })
  return router
}
