import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { assertLanguagesReady } from '../languages/assert-languages-ready'
import { assertCampaignUnit } from './assert-campaign-unit'
import { newLinkCode } from './link-code'
import { toSurveyLink } from './to-survey-link'

const route = endpointRoute(endpoints.links.create, {
  summary: 'Create a survey link (a kiosk tablet or a QR code) for a unit of a campaign',
  returns: 'Created',
  errors: { 400: 'A language unknown or without its pack for the campaign’s questionnaire (`fields.languages`)' },
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
