import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { listDeviceSessions } from './list-device-sessions'
import { revokeDeviceSession } from './revoke-device-session'

/** Surveyors' logged-in devices, for admins. */
export function deviceSessionsRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx), requireRole('admin'))
  return router.route('/', listDeviceSessions(ctx)).route('/', revokeDeviceSession(ctx))
}
