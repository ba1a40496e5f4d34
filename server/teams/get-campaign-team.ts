import { createRoute } from '@hono/zod-openapi'
import { campaignTeamSchema } from '../../shared/campaigns/team'
import { assertCampaignVisible } from '../auth/campaign-access'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { campaignExists, loadTeam } from './load-team'

export function getCampaignTeam(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/team',
    summary: 'The survey team assigned to a campaign',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParamSchema },
    responses: {
      200: { description: 'The team', content: { 'application/json': { schema: campaignTeamSchema } } },
      403: { description: 'The campaign is outside the account’s scope' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await campaignExists(ctx.db, id))) throw notFound('Campaign')
    await assertCampaignVisible(ctx, c.var.user, id)
    return c.json(await loadTeam(ctx.db, id), 200)
  })
}
