import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { assertCampaignUnit } from './assert-campaign-unit'
import { toSurveyLink } from './to-survey-link'

const route = endpointRoute(endpoints.links.list, {
  summary: 'Survey links of a unit in a campaign, newest first',
  returns: 'The links',
})

export function listLinks(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    const rows = await ctx.db
      .selectFrom('survey_links')
      .selectAll()
      .where('campaign_id', '=', id)
      .where('agency_id', '=', agencyId)
      .orderBy('id', 'desc')
      .execute()
    return c.json(
      rows.map((row) => toSurveyLink(row, ctx.config.publicUrl)),
      200,
    )
  })
}
