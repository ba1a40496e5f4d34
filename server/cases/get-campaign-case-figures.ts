import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { loopFiguresSchema } from '../../shared/cases/schemas'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { indicesScope } from '../indices/scope'
import { loadLoopFigures } from './loop-figures'

/** Readers of a campaign's results see its loop figures for the units they read (counts only, nothing a citizen wrote). */
export function getCampaignCaseFigures(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/case-figures',
    summary: 'Per unit: feedback cases opened, answered, answered on time, median days to answer',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParams, query: z.object({ agencyId: z.coerce.number().int().positive().optional() }) },
    responses: {
      200: { description: 'One row per unit with cases', content: { 'application/json': { schema: z.array(loopFiguresSchema) } } },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const scope = await indicesScope(ctx, c.var.user, id, c.req.valid('query').agencyId)
    return c.json(await loadLoopFigures(ctx.db, { campaignIds: [id], agencyIds: scope.units.map((u) => u.agencyId) }), 200)
  })
}
