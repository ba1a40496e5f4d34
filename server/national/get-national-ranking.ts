import { endpoints } from '../../shared/api/endpoints'
import { type AppContext, readingContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { computeNationalRanking } from './compute-national-ranking'
import { loadNationalBundles } from './load-national-bundles'

const getNationalRankingRoute = endpointRoute(endpoints.national.ranking, {
  summary: 'Provinces and units of one year and questionnaire kind, ranked from the imported bundles’ sums',
  returns: 'The ranking',
})

export function getNationalRanking(ctx: AppContext) {
  return createRouter().openapi(getNationalRankingRoute, async (c) => {
    const query = c.req.valid('query')
    return c.json(computeNationalRanking(query, await loadNationalBundles(readingContext(ctx, c).db, query)), 200)
  })
}
