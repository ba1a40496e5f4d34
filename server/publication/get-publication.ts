import { endpoints } from '../../shared/api/endpoints'
import { accessibleAgencyIds, assertCampaignInScope } from '../auth/agency-access'
import { assertCampaignVisible } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPublication } from './load-publication'

const route = endpointRoute(endpoints.publication.get, {
  summary: 'Whether the campaign’s results are published at /ket-qua',
  returns: 'The publication state',
  errors: { 403: 'The campaign is outside the account’s scope', 404: 'No such campaign' },
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
