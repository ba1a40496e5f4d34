import { createRoute, z } from '@hono/zod-openapi'
import { nationalRankingQuerySchema } from '../../shared/national/schemas'
import { attachment } from '../exports/file-names'
import { type AppContext, readingContext } from '../http/context'
import { createRouter } from '../http/router'
import { buildRankingWorkbook } from './build-ranking-workbook'
import { computeNationalRanking } from './compute-national-ranking'
import { loadNationalBundles } from './load-national-bundles'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const getNationalRankingXlsxRoute = createRoute({
  method: 'get',
  path: '/ranking.xlsx',
  summary: 'The national ranking as a workbook: provinces, then units',
  request: { query: nationalRankingQuerySchema },
  responses: { 200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } } },
})

export function getNationalRankingXlsx(ctx: AppContext) {
  return createRouter().openapi(getNationalRankingXlsxRoute, async (c) => {
    const query = c.req.valid('query')
    const body = await buildRankingWorkbook(computeNationalRanking(query, await loadNationalBundles(readingContext(ctx, c).db, query)))
    return c.body(new Uint8Array(body), 200, { 'Content-Type': XLSX, ...attachment(`hai-long-toan-quoc-${query.year}-${query.kind}.xlsx`) })
  })
}
