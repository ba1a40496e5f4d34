import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { campaignIndicesSchema, indicesQuerySchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { type ExportSlots, exportSlot } from '../export-slots'
import { attachment, exportFileName } from '../file-names'
import { loadReport } from '../load-report'
import { exportMethodLines } from '../report-tables'

const exportJsonSchema = campaignIndicesSchema.extend({
  /** The method sheet's lines: [topic, explanation] in Vietnamese. */
  method: z.array(z.tuple([z.string(), z.string()])),
})

export function getExportJson(ctx: AppContext, slots: ExportSlots) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/export.json',
    summary: 'The indices with the method text, as a downloadable file',
    middleware: [requireUser(ctx), exportSlot(slots)] as const,
    request: { params: idParams, query: indicesQuerySchema },
    responses: {
      200: { description: 'JSON', content: { 'application/json': { schema: exportJsonSchema } } },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
      503: { description: 'Too many exports at once; retry after the Retry-After seconds' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const { report } = await loadReport(readingContext(ctx, c), c.var.user, id, c.req.valid('query'))
    c.header('Content-Disposition', attachment(exportFileName('chi-so', { id, name: report.campaignName }, [], 'json'))['Content-Disposition'])
    return c.json({ ...report, method: exportMethodLines(report) }, 200)
  })
}
