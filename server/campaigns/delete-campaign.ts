import { createRoute } from '@hono/zod-openapi'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { conflict, notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { hasResponses } from './check-campaign'

const deleteCampaignRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Delete a draft campaign that has no responses, with its units and links (admins)',
  middleware: [requireRole('admin')] as const,
  request: { params: idParamSchema },
  responses: {
    204: { description: 'Deleted' },
    404: { description: 'No such campaign' },
    409: { description: 'The campaign is not a draft, or has responses' },
  },
})

export function deleteCampaign(ctx: AppContext) {
  return createRouter().openapi(deleteCampaignRoute, async (c) => {
    const { id } = c.req.valid('param')
    await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('campaigns').select(['name', 'year', 'status']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Campaign')
      if (current.status !== 'draft') throw conflict('Only a draft campaign can be deleted; close it instead', { status: 'must be draft to delete' })
      if (await hasResponses(trx, id)) throw conflict('The campaign has responses; it cannot be deleted', { status: 'has responses' })
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
