import { endpoints } from '../../../shared/api/endpoints'
import { requireRole, requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { decideFlagReview } from '../review/decide-flag-review'

export function postFlagReview(ctx: AppContext) {
  const route = endpointRoute(endpoints.integrity.decideFlags, {
    summary: 'Count (include) or leave out (exclude) flagged answers of a listing, with a reason, or undo (admins; audited)',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'How many answers changed',
    errors: { 400: 'No reason, an unknown or expired listing, or an item not in it (named in error.fields)', 403: 'Not an admin', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await decideFlagReview(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200)
  })
}
