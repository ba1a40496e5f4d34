import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { createReceiptsForLink } from './create-receipt-batch'

const route = endpointRoute(endpoints.links.receipts, {
  summary: 'Create single-use receipt codes for appointment slips (returned once; only hashes are kept)',
  returns: 'The batch',
})

export function postReceipts(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    const { count, linkCode } = c.req.valid('json')
    return c.json(await createReceiptsForLink(ctx, c.var.user, { campaignId: id, agencyId }, linkCode, count), 201)
  })
}
