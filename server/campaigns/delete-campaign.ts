import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { hasResponses } from './check-campaign'

const deleteCampaignRoute = endpointRoute(endpoints.campaigns.remove, {
  summary: 'Delete a draft campaign that has no responses, with its units and links (admins)',
  middleware: [requireRole('admin')],
  returns: 'Deleted',
  errors: { 404: 'No such campaign', 409: 'The campaign is not a draft, or has responses' },
})

export function deleteCampaign(ctx: AppContext) {
  return createRouter().openapi(deleteCampaignRoute, async (c) => {
    const { id } = c.req.valid('param')
    await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('campaigns').select(['name', 'year', 'status']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Campaign')
      if (current.status !== 'draft')
        throw conflict('Only a draft campaign can be deleted; close it instead', { status: problem('draft_only', 'must be draft to delete') })
      if (await hasResponses(trx, id)) throw conflict('The campaign has responses; it cannot be deleted', { status: problem('has_responses', 'has responses') })
      // a draft's links never accepted an answer; its receipt codes were never valid
      await trx.deleteFrom('survey_links').where('campaign_id', '=', id).execute()
      await trx.deleteFrom('receipt_codes').where('campaign_id', '=', id).execute()
      await trx.deleteFrom('campaigns').where('id', '=', id).execute()
      await recordAudit(trx, { userId: c.var.user.id, action: 'delete', entity: 'campaign', entityId: id, details: { name: current.name, year: current.year } })
    })
    ctx.surveyLinks.forget()
    return c.body(null, 204)
  })
}
