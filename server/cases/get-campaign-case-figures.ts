import { endpoints } from '../../shared/api/endpoints'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { indicesScope } from '../indices/scope'
import { loadLoopFigures } from './loop-figures'

/** Readers of a campaign's results see its loop figures for the units they read (counts only, nothing a citizen wrote). */
export function getCampaignCaseFigures(ctx: AppContext) {
  const route = endpointRoute(endpoints.caseFigures.campaign, {
    summary: 'Per unit: feedback cases opened, answered, answered on time, median days to answer',
    middleware: [requireUser(ctx)],
    returns: 'One row per unit with cases',
    errors: { 403: 'The unit is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const scope = await indicesScope(ctx, c.var.user, id, c.req.valid('query').agencyId)
    return c.json(await loadLoopFigures(ctx.db, { campaignIds: [id], agencyIds: scope.units.map((u) => u.agencyId) }), 200)
  })
}
