import { createRoute } from '@hono/zod-openapi'
import { campaignTargetsSchema } from '../../shared/targets/schemas'
import { assertCampaignVisible, assertReadsResults } from '../auth/campaign-access'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { loadTargets } from './load-targets'

export function getCampaignTargets(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/targets',
    summary: 'Sample targets: margin e, default target, each unit’s transactions N and target ⌈N / (1 + N·e²)⌉',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParamSchema },
    responses: {
      200: { description: 'The targets', content: { 'application/json': { schema: campaignTargetsSchema } } },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    assertReadsResults(c.var.user)
    const targets = await loadTargets(ctx.db, id)
    await assertCampaignVisible(ctx, c.var.user, id)
    return c.json(targets, 200)
  })
}
