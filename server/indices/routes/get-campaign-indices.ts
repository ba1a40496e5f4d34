import { createRoute } from '@hono/zod-openapi'
import { campaignIndicesSchema, indicesQuerySchema } from '../../../shared/indices/schemas'
import { requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { idParamSchema } from '../../http/id-param'
import { createRouter } from '../../http/router'
import { campaignIndices } from '../campaign-indices'

export function getCampaignIndices(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/indices',
    summary: 'SIPAS indices per unit, with n and 95% intervals',
    description:
      'Units outside the account’s scope are left out; asking for one with agencyId is 403. Flagged responses are excluded unless includeFlagged=true.',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParamSchema, query: indicesQuerySchema },
    responses: {
      200: { description: 'The indices', content: { 'application/json': { schema: campaignIndicesSchema } } },
      400: { description: 'A filter is invalid' },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await campaignIndices(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query')), 200)
  })
}
