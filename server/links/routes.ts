import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { postReceipts } from '../receipts/post-receipts'
import { createLink } from './create-link'
import { getLinkQr } from './get-link-qr'
import { listLinks } from './list-links'
import { revokeLink } from './revoke-link'

/** Survey links and receipt slips are managed by staff: admins, and unit managers for their own units. */
export function linksRoutes(ctx: AppContext) {
  const router = createRouter()
  for (const path of ['/campaigns/:id/units/:agencyId/links', '/campaigns/:id/units/:agencyId/receipts', '/links/*']) {
    router.use(path, requireUser(ctx), requireRole('admin', 'unit_manager'))
  }
  return router.route('/', createLink(ctx)).route('/', listLinks(ctx)).route('/', revokeLink(ctx)).route('/', getLinkQr(ctx)).route('/', postReceipts(ctx))
}
