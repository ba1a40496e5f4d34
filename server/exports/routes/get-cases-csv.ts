import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { requireUser } from '../../auth/middleware'
import { loadLoopFigures } from '../../cases/loop-figures'
import { type AppContext, readingContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { indicesScope } from '../../indices/scope'
import { CSV_DIALECTS, csvDocument } from '../csv'
import { attachment, exportFileName } from '../file-names'
import { loopTable } from '../loop-table'

const query = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  dialect: z.enum(['comma', 'semicolon']).optional().default('comma'),
})

export function getCasesCsv(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/export-cases.csv',
    summary: 'Feedback cases per unit: opened, answered, on time, on-time share, median days (UTF-8 with BOM; dialect=semicolon for Excel set to Vietnamese)',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParams, query },
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const { dialect, agencyId } = c.req.valid('query')
    const reads = readingContext(ctx, c)
    const scope = await indicesScope(reads, c.var.user, id, agencyId)
    const figures = await loadLoopFigures(reads.db, { campaignIds: [id], agencyIds: scope.units.map((u) => u.agencyId) })
    const table = loopTable(scope.units, figures)
    const csv = csvDocument(
      table.columns.map((col) => col.header),
      table.rows,
      CSV_DIALECTS[dialect],
    )
    const name = exportFileName('tra-loi-y-kien', { id, name: scope.campaign.name }, [dialect === 'semicolon' ? 'excel-vn' : ''], 'csv')
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', ...attachment(name) })
  })
}
