import { createRoute } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { publicationSchema } from '../../shared/publication/schemas'
import { accessibleAgencyIds, assertCampaignInScope } from '../auth/agency-access'
import { assertCampaignVisible } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPublication } from './load-publication'

const route = createRoute({
  method: 'get',
  path: '/campaigns/{id}/publication',
  summary: 'Whether the campaign’s results are published at /ket-qua',
  request: { params: idParams },
  responses: {
    200: { description: 'The publication state', content: { 'application/json': { schema: publicationSchema } } },
    403: { description: 'The campaign is outside the account’s scope' },
    404: { description: 'No such campaign' },
  },
})

export function getPublication(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('Campaign')
    const units = await ctx.db.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', id).execute()
    await assertCampaignVisible(ctx, c.var.user, id)
    assertCampaignInScope(
      await accessibleAgencyIds(ctx, c.var.user),
      units.map((u) => u.agency_id),
    )
    return c.json(await loadPublication(ctx.db, id), 200)
  })
}
