import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { campaignBreakdowns } from '../campaign-breakdowns'

export function getCampaignBreakdowns(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.breakdowns, {
    summary: 'Indices per channel or per demographic group; cells under 5 respondents hidden',
    middleware: [requireUser(ctx)],
    returns: 'The breakdown',
    errors: { 400: 'Unknown `by`, or a date range with a demographic breakdown', 403: 'The unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignBreakdowns(readingContext(ctx, c), c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
