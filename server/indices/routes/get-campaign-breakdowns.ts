import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { breakdownsForScope } from '../campaign-breakdowns'
import { sendFigures } from './send-figures'

export function getCampaignBreakdowns(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.breakdowns, {
    summary: 'Indices per channel or per demographic group; cells under 5 respondents hidden',
    middleware: [requireUser(ctx)],
    returns: 'The breakdown',
    errors: {
      304: 'Not modified (If-None-Match)',
      400: 'Unknown `by`, or a date range with a demographic breakdown',
      403: 'The unit is outside the account’s scope',
      404: 'No such campaign',
    },
  })
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query')
    return sendFigures(c, ctx, 'breakdowns', { user: c.var.user, campaignId: c.req.valid('param').id, query }, (reading, scope) =>
      breakdownsForScope(reading, scope, query),
    )
  })
}
