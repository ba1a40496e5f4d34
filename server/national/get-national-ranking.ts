import { createRoute } from '@hono/zod-openapi'
import { nationalRankingQuerySchema, nationalRankingSchema } from '../../shared/national/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { computeNationalRanking } from './compute-national-ranking'
import { loadNationalBundles } from './load-national-bundles'

const getNationalRankingRoute = createRoute({
  method: 'get',
  path: '/ranking',
  summary: 'Provinces and units of one year and questionnaire kind, ranked from the imported bundles’ sums',
  request: { query: nationalRankingQuerySchema },
  responses: { 200: { description: 'The ranking', content: { 'application/json': { schema: nationalRankingSchema } } } },
})

export function getNationalRanking(ctx: AppContext) {
  return createRouter().openapi(getNationalRankingRoute, async (c) => {
    const query = c.req.valid('query')
    return c.json(computeNationalRanking(query, await loadNationalBundles(ctx.db, query)), 200)
  })
}
