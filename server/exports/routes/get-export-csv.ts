import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { exportCsvQuerySchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { CSV_DIALECTS, csvDocument } from '../csv'
import { type ExportSlots, exportSlot } from '../export-slots'
import { attachment, exportFileName } from '../file-names'
import { loadReport } from '../load-report'
import { criteriaTable } from '../report-tables'

const round2 = (value: string | number | null) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value)

export function getExportCsv(ctx: AppContext, slots: ExportSlots) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/export.csv',
    summary: 'One row per unit × criterion (UTF-8 with BOM, Vietnamese headers; dialect=semicolon for Excel set to Vietnamese)',
    middleware: [requireUser(ctx), exportSlot(slots)] as const,
    request: { params: idParams, query: exportCsvQuerySchema },
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
      503: { description: 'Too many exports at once; retry after the Retry-After seconds' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const { dialect, ...query } = c.req.valid('query')
    const { report, definition } = await loadReport(readingContext(ctx, c), c.var.user, id, query)
    const table = criteriaTable(report, definition)
    const csv = csvDocument(
      table.columns.map((col) => col.header),
      table.rows.map((row) => row.map(round2)),
      CSV_DIALECTS[dialect],
    )
    const name = exportFileName('chi-so-tieu-chi', { id, name: report.campaignName }, [dialect === 'semicolon' ? 'excel-vn' : ''], 'csv')
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', ...attachment(name) })
  })
}
