import { createRoute } from '@hono/zod-openapi'
import { campaignTargetsSchema, setCampaignTargetsSchema } from '../../shared/targets/schemas'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { saveTargets } from './save-targets'

export function setCampaignTargets(ctx: AppContext) {
  const route = createRoute({
    method: 'put',
    path: '/campaigns/{id}/targets',
    summary: 'Set the margin e (0 < e ≤ 0.5), the default target and units’ transactions N (admins); unlisted units keep theirs',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: { params: idParamSchema, body: { content: { 'application/json': { schema: setCampaignTargetsSchema } }, required: true } },
    responses: {
      200: { description: 'The targets', content: { 'application/json': { schema: campaignTargetsSchema } } },
      400: { description: 'A negative N, e outside (0, 0.5], or a unit not in the campaign (named in error.fields)' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    return c.json(await ctx.db.transaction().execute((trx) => saveTargets(trx, c.var.user, id, input)), 200)
  })
}
