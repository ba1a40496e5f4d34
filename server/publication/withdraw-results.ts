import { sql } from 'kysely'
import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPublication } from './load-publication'

const route = endpointRoute(endpoints.publication.withdraw, {
  summary: 'Withdraw a campaign’s published results: its public page and data answer 404 again (admins)',
  middleware: [requireRole('admin')],
  returns: 'Withdrawn (or was not published)',
  errors: { 403: 'Not an admin', 404: 'No such campaign' },
})

export function withdrawResults(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const publication = await ctx.db.transaction().execute(async (trx) => {
      const campaign = await trx.selectFrom('campaigns').select('name').where('id', '=', id).executeTakeFirst()
      if (!campaign) throw notFound('Campaign')
      const withdrawn = await trx
        .updateTable('result_publications')
        .set({ published_at: null, published_by: null, version: sql<number>`version + 1` })
        .where('campaign_id', '=', id)
        .where('published_at', 'is not', null)
        .executeTakeFirst()
      if (withdrawn.numUpdatedRows > 0n)
        await recordAudit(trx, { userId: c.var.user.id, action: 'withdraw', entity: 'campaign_results', entityId: id, details: { name: campaign.name } })
      return loadPublication(trx, id)
    })
    ctx.publicResults.forget()
    return c.json(publication, 200)
  })
}
