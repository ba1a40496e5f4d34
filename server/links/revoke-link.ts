import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { findLinkForStaff } from './find-link'
import { toSurveyLink } from './to-survey-link'

const route = endpointRoute(endpoints.links.revoke, {
  summary: 'Revoke a survey link: it stops accepting answers at once (410)',
  returns: 'Revoked',
})

export function revokeLink(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const link = await findLinkForStaff(ctx, c.var.user, c.req.valid('param').code)
    if (link.revoked_at) return c.json(toSurveyLink(link, ctx.config.publicUrl), 200)
    const row = await ctx.db.transaction().execute(async (trx) => {
      const revoked = await trx.updateTable('survey_links').set({ revoked_at: new Date() }).where('id', '=', link.id).returningAll().executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'revoke', entity: 'survey_link', entityId: link.id })
      return revoked
    })
    ctx.surveyLinks.forget()
    return c.json(toSurveyLink(row, ctx.config.publicUrl), 200)
  })
}
