import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { responsesExportQuerySchema } from '../../../shared/indices/schemas'
import { requireRole, requireUser } from '../../auth/middleware'
import { type AppContext, readingContext } from '../../http/context'
import { fieldError, notFound } from '../../http/errors'
import { createRouter } from '../../http/router'
import { loadIndicesCampaign } from '../../indices/queries/load-indices-campaign'
import { attachment, exportFileName } from '../file-names'
import { rawResponsesCsv } from '../raw-responses'

export function getResponsesCsv(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/responses.csv',
    summary:
      'Anonymised raw responses (admins): opaque ids, shuffled rows, times to the hour; comments only with includeComments=true; labels=vi|codes, dialect=comma|semicolon',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: { params: idParams, query: responsesExportQuerySchema },
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
      403: { description: 'Not an admin' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const query = c.req.valid('query')
    const { db } = readingContext(ctx, c)
    const campaign = await loadIndicesCampaign(db, ctx.questionnaires, id)
    if (!campaign) throw notFound('Campaign')
    if (query.agencyId && !campaign.units.some((u) => u.agencyId === query.agencyId))
      throw fieldError('agencyId', 'not_in_campaign', 'is not a unit of this campaign')
    const stream = await rawResponsesCsv(db, campaign, query)
    const variants = [
      query.labels === 'vi' ? 'nhan-tieng-viet' : 'ma-may',
      query.includeComments ? 'co-y-kien' : '',
      query.dialect === 'semicolon' ? 'excel-vn' : '',
    ]
    return c.body(stream, 200, { 'Content-Type': 'text/csv; charset=utf-8', ...attachment(exportFileName('phieu-an-danh', campaign, variants, 'csv')) })
  })
}
