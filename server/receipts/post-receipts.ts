import { createRoute, z } from '@hono/zod-openapi'
import { MAX_RECEIPTS_PER_BATCH } from '../../shared/links/receipts'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { campaignUnitParamsSchema } from '../links/campaign-unit-params'
import { createReceiptsForLink } from './create-receipt-batch'

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
    return c.json(await createReceiptsForLink(ctx, c.var.user, { campaignId: id, agencyId }, linkCode, count), 201)
  })
}
