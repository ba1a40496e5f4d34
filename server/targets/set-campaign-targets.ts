import { endpoints } from '../../shared/api/endpoints'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { saveTargets } from './save-targets'

export function setCampaignTargets(ctx: AppContext) {
  const route = endpointRoute(endpoints.targets.set, {
    summary: 'Set the margin e (0 < e ≤ 0.5), the default target and units’ transactions N (admins); unlisted units keep theirs',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'The targets',
    errors: { 400: 'A negative N, e outside (0, 0.5], or a unit not in the campaign (named in error.fields)', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    return c.json(await ctx.db.transaction().execute((trx) => saveTargets(trx, c.var.user, id, input)), 200)
  })
}
