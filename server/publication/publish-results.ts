import { sql } from 'kysely'
import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPublication } from './load-publication'

const route = endpointRoute(endpoints.publication.publish, {
  summary: 'Publish a closed campaign’s results at /ket-qua and as open data (admins)',
  middleware: [requireRole('admin')],
  returns: 'Published',
  errors: { 403: 'Not an admin', 404: 'No such campaign', 409: 'The campaign is not closed (error.fields.status)' },
})

export function publishResults(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const publication = await ctx.db.transaction().execute(async (trx) => {
      const campaign = await trx.selectFrom('campaigns').select(['status', 'name']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!campaign) throw notFound('Campaign')
      if (campaign.status !== 'closed')
        throw conflict('Only a closed campaign’s results can be published', { status: problem('must_be_closed', 'must be closed to publish') })
      const now = new Date()
      await trx
        .insertInto('result_publications')
        .values({ campaign_id: id, published_at: now, published_by: c.var.user.id, version: 1 })
        .onConflict((oc) =>
          oc.column('campaign_id').doUpdateSet({ published_at: now, published_by: c.var.user.id, version: sql<number>`result_publications.version + 1` }),
        )
        .execute()
      await recordAudit(trx, { userId: c.var.user.id, action: 'publish', entity: 'campaign_results', entityId: id, details: { name: campaign.name } })
      return loadPublication(trx, id)
    })
    ctx.publicResults.forget()
    return c.json(publication, 200)
  })
}
