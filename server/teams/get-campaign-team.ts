import { endpoints } from '../../shared/api/endpoints'
import { assertCampaignVisible } from '../auth/campaign-access'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { campaignExists, loadTeam } from './load-team'

export function getCampaignTeam(ctx: AppContext) {
  const route = endpointRoute(endpoints.teams.get, {
    summary: 'The survey team assigned to a campaign',
    middleware: [requireUser(ctx)],
    returns: 'The team',
    errors: { 403: 'The campaign is outside the account’s scope', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await campaignExists(ctx.db, id))) throw notFound('Campaign')
    await assertCampaignVisible(ctx, c.var.user, id)
    return c.json(await loadTeam(ctx.db, id), 200)
  })
}
