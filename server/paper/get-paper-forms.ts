import { createRoute, z } from '@hono/zod-openapi'
import { campaignUnitParams } from '../../shared/api/params'
import { formatSerial, MAX_PAPER_FORMS_PER_BATCH } from '../../shared/paper/serial'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { assertCampaignUnit } from '../links/assert-campaign-unit'
import { qrSvg } from '../posters/qr-image'
import { createPaperBatch } from './create-paper-batch'
import { renderPaperForms } from './render-paper-forms'

export function getPaperForms(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/units/{agencyId}/paper-forms',
    summary:
      'Print a new batch of paper forms of a campaign unit: one A4 page per form, each with its own serial and QR code (the batch is stored and audited)',
    middleware: [requireUser(ctx), requireRole('admin', 'unit_manager')] as const,
    request: {
      params: campaignUnitParams,
      query: z.object({
        count: z.coerce.number().int().min(1).max(MAX_PAPER_FORMS_PER_BATCH),
        lang: z.enum(['vi', 'en']).default('vi'),
      }),
    },
    responses: {
      200: { description: 'The printable page', content: { 'text/html': { schema: z.string() } } },
      400: { description: `count is not a whole number from 1 to ${MAX_PAPER_FORMS_PER_BATCH}` },
      403: { description: 'The unit is outside the account’s scope' },
      404: { description: 'The agency is not a unit of the campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    const { count, lang } = c.req.valid('query')
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    const campaign = await ctx.db
      .selectFrom('campaigns as c')
      .innerJoin('questionnaires as q', 'q.id', 'c.questionnaire_id')
      .select(['c.name', 'q.definition'])
      .where('c.id', '=', id)
      .executeTakeFirstOrThrow()
    const unit = await ctx.db.selectFrom('agencies').select('name').where('id', '=', agencyId).executeTakeFirstOrThrow()
    const { serials } = await createPaperBatch(ctx, c.var.user.id, { campaignId: id, agencyId }, count)
    const forms = await Promise.all(serials.map(async (serial) => ({ serial, qrSvg: await qrSvg(formatSerial(serial)) })))
    c.header('Cache-Control', 'no-store')
    return c.html(renderPaperForms({ unitName: unit.name, campaignName: campaign.name, definition: campaign.definition, forms, lang }), 200)
  })
}
