import { endpoints } from '../../../shared/api/endpoints'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { campaignIntegrity } from '../campaign-integrity'

export function getCampaignIntegrity(ctx: AppContext) {
  const route = endpointRoute(endpoints.integrity.campaign, {
    summary:
      'Integrity signals per unit and link: outside opening hours, bursts, identical sets, all top ratings, verified share, pace against transactions, kiosk against other channels',
    description: 'Admins see every unit; unit managers their own units only (403 for another’s, or a campaign without theirs). Other roles: 403.',
    middleware: [requireUser(ctx)],
    returns: 'The signals',
    errors: { 403: 'Not an admin or unit manager, or the unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignIntegrity(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query').agencyId), 200)
  })
}
