import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { indicesQuerySchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import { loadLoopFigures } from '../../cases/loop-figures'
import { type AppContext, readingContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { buildWorkbook } from '../build-workbook'
import { type ExportSlots, exportSlot } from '../export-slots'
import { attachment, exportFileName } from '../file-names'
import { loadReport } from '../load-report'
import { loopTable } from '../loop-table'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function getExportXlsx(ctx: AppContext, slots: ExportSlots) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/export.xlsx',
    summary: 'Report workbook: summary per unit, criteria, expectations, feedback cases per unit, method',
    middleware: [requireUser(ctx), exportSlot(slots)] as const,
    request: { params: idParams, query: indicesQuerySchema },
    responses: {
      200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
      503: { description: 'Too many exports at once; retry after the Retry-After seconds' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const reads = readingContext(ctx, c)
    const { report, definition } = await loadReport(reads, c.var.user, id, c.req.valid('query'))
    const figures = await loadLoopFigures(reads.db, { campaignIds: [id], agencyIds: report.units.map((u) => u.agencyId) })
    const body = await buildWorkbook(report, definition, loopTable(report.units, figures))
    return c.body(new Uint8Array(body), 200, { 'Content-Type': XLSX, ...attachment(exportFileName('bao-cao', { id, name: report.campaignName }, [], 'xlsx')) })
  })
}
