import { endpoints } from '../../../shared/api/endpoints'
import { requireRole, requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { listFlaggedAnswers } from '../review/list-flagged-answers'

export function getFlaggedAnswers(ctx: AppContext) {
  const route = endpointRoute(endpoints.integrity.flaggedAnswers, {
    summary: 'The flagged answers for review (admins): unit, link label, hour, reasons, the answer set and any decision, numbered within a new listing',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'The listing',
    errors: { 403: 'Not an admin', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await listFlaggedAnswers(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query').agencyId), 200)
  })
}
