import { createRoute } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { idParams } from '../../shared/api/params'
import { publicationSchema } from '../../shared/publication/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { loadPublication } from './load-publication'

const route = createRoute({
  method: 'delete',
  path: '/campaigns/{id}/publication',
  summary: 'Withdraw a campaign’s published results: its public page and data answer 404 again (admins)',
  middleware: [requireRole('admin')] as const,
  request: { params: idParams },
  responses: {
    200: { description: 'Withdrawn (or was not published)', content: { 'application/json': { schema: publicationSchema } } },
    403: { description: 'Not an admin' },
    404: { description: 'No such campaign' },
  },
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
