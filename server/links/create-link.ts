import { createRoute } from '@hono/zod-openapi'
import { createLinkSchema, surveyLinkSchema } from '../../shared/links/schemas'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { assertLanguagesReady } from '../languages/assert-languages-ready'
import { assertCampaignUnit, campaignUnitParamsSchema } from './campaign-unit-params'
import { newLinkCode } from './link-code'
import { toSurveyLink } from './to-survey-link'

const route = createRoute({
  method: 'post',
  path: '/campaigns/{id}/units/{agencyId}/links',
  summary: 'Create a survey link (a kiosk tablet or a QR code) for a unit of a campaign',
  request: {
    params: campaignUnitParamsSchema,
    body: { content: { 'application/json': { schema: createLinkSchema } }, required: true },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: surveyLinkSchema } } },
    400: { description: 'A language unknown or without its pack for the campaign’s questionnaire (`fields.languages`)' },
  },
})

export function createLink(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    const { channel, label, languages = ['vi', 'en'], readAloud = false } = c.req.valid('json')
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    await assertLanguagesReady(ctx, id, languages)
    const row = await ctx.db.transaction().execute(async (trx) => {
      const link = await trx
        .insertInto('survey_links')
        .values({
          code: newLinkCode(),
          campaign_id: id,
          agency_id: agencyId,
          channel,
          label,
          min_interval_seconds: ctx.config.kioskMinIntervalSeconds,
          languages,
          read_aloud: readAloud,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'create',
        entity: 'survey_link',
        entityId: link.id,
        details: { campaignId: id, agencyId, channel, label, languages, readAloud },
      })
      return link
    })
    return c.json(toSurveyLink(row, ctx.config.publicUrl), 201)
  })
}
