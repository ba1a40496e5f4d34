import { endpoints } from '../../shared/api/endpoints'
import { assertCampaignVisible, assertReadsResults } from '../auth/campaign-access'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadTargets } from './load-targets'

export function getCampaignTargets(ctx: AppContext) {
  const route = endpointRoute(endpoints.targets.get, {
    summary: 'Sample targets: margin e, default target, each unit’s transactions N and target ⌈N / (1 + N·e²)⌉',
    middleware: [requireUser(ctx)],
    returns: 'The targets',
    errors: { 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    assertReadsResults(c.var.user)
    const targets = await loadTargets(ctx.db, id)
    await assertCampaignVisible(ctx, c.var.user, id)
    return c.json(targets, 200)
  })
}
