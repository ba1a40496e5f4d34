import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { attachment } from '../exports/file-names'
import { type AppContext, readingContext } from '../http/context'
import { createRouter } from '../http/router'
import { buildPlanWorkbook } from './build-plan-workbook'
import { loadPlanSummary } from './load-plan-summary'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const getPlanSummaryXlsxRoute = createRoute({
  method: 'get',
  path: '/{id}/summary.xlsx',
  summary: 'The plan summary as a workbook: units by year, the province per year, units never surveyed',
  request: { params: idParams },
  responses: {
    200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    403: { description: 'Outside the account’s scope' },
    404: { description: 'No such plan' },
  },
})

export function getPlanSummaryXlsx(ctx: AppContext) {
  return createRouter().openapi(getPlanSummaryXlsxRoute, async (c) => {
    const id = c.req.valid('param').id
    const body = await buildPlanWorkbook(await loadPlanSummary(readingContext(ctx, c), c.var.user, id))
    return c.body(new Uint8Array(body), 200, { 'Content-Type': XLSX, ...attachment(`hai-long-ke-hoach-${id}.xlsx`) })
  })
}
