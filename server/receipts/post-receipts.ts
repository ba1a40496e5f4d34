import { createRoute, z } from '@hono/zod-openapi'
import type { AppContext } from '../http/context'
import { badRequest, notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { assertCampaignUnit, campaignUnitParamsSchema } from '../links/campaign-unit-params'
import { surveyUrl } from '../links/link-code'
import { createReceiptBatch, MAX_RECEIPTS_PER_BATCH } from './create-receipt-batch'

export const receiptBatchRequestSchema = z.object({
  count: z.number().int().min(1).max(MAX_RECEIPTS_PER_BATCH),
  /** The QR link the slips point to; each slip's URL carries its code as `?r=`. */
  linkCode: z.string().min(1).max(64),
})

const route = createRoute({
  method: 'post',
  path: '/campaigns/{id}/units/{agencyId}/receipts',
  summary: 'Create single-use receipt codes for appointment slips (returned once; only hashes are kept)',
  request: {
    params: campaignUnitParamsSchema,
    body: { content: { 'application/json': { schema: receiptBatchRequestSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'The batch',
      content: {
        'application/json': {
          schema: z.object({ batch: z.string(), receipts: z.array(z.object({ code: z.string(), url: z.string() })) }),
        },
      },
    },
  },
})

export function postReceipts(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    const { count, linkCode } = c.req.valid('json')
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    const link = await ctx.db.selectFrom('survey_links').selectAll().where('code', '=', linkCode).executeTakeFirst()
    if (!link || link.campaign_id !== id || link.agency_id !== agencyId) throw notFound('Survey link of this unit')
    if (link.channel !== 'qr' || link.revoked_at) throw badRequest('linkCode: must be an active QR link', { linkCode: 'must be an active QR link' })
    const { batch, codes } = await createReceiptBatch(ctx, c.var.user.id, { campaignId: id, agencyId }, count)
    const base = surveyUrl(ctx.config.publicUrl, 'qr', link.code)
    return c.json({ batch, receipts: codes.map((code) => ({ code, url: `${base}?r=${code}` })) }, 201)
  })
}
