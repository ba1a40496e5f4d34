import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { indicesForScope } from '../campaign-indices'
import { sendFigures } from './send-figures'

export function getCampaignIndices(ctx: AppContext) {
  const route = endpointRoute(endpoints.indices.campaign, {
    summary: 'SIPAS indices per unit, with n and 95% intervals',
    description:
      'Units outside the account’s scope are left out; asking for one with agencyId is 403. Flagged responses are excluded unless includeFlagged=true. Sent with an ETag; If-None-Match answers 304 while the figures are unchanged.',
    middleware: [requireUser(ctx)],
    returns: 'The indices',
    errors: { 304: 'Not modified (If-None-Match)', 400: 'A filter is invalid', 403: 'The unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query')
    return sendFigures(c, ctx, 'indices', { user: c.var.user, campaignId: c.req.valid('param').id, query }, (reading, scope) =>
      indicesForScope(reading, scope, query),
    )
  })
}
