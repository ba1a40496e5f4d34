import { createRoute, z } from '@hono/zod-openapi'
import { surveyLinkSchema } from '../../shared/links/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { assertCampaignUnit, campaignUnitParamsSchema } from './campaign-unit-params'
import { toSurveyLink } from './to-survey-link'

const route = createRoute({
  method: 'get',
  path: '/campaigns/{id}/units/{agencyId}/links',
  summary: 'Survey links of a unit in a campaign, newest first',
  request: { params: campaignUnitParamsSchema },
  responses: { 200: { description: 'The links', content: { 'application/json': { schema: z.array(surveyLinkSchema) } } } },
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
