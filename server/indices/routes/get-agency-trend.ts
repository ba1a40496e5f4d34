import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { agencyTrend } from '../agency-trend'

export function getAgencyTrend(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.agencyTrend, {
    summary: 'A unit’s index in each campaign (year) that surveyed it',
    middleware: [requireUser(ctx)],
    returns: 'The trend',
    errors: { 403: 'The agency is outside the account’s scope', 404: 'No such agency' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await agencyTrend(readingContext(ctx, c), c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
