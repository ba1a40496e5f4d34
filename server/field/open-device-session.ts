import { setCookie } from 'hono/cookie'
import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { credentialsChecker } from '../auth/check-credentials'
import { LOGIN_SCOPE, LoginRateLimiter } from '../auth/login-rate-limit'
import { isSecureRequest } from '../auth/routes/cookie-options'
import { createDeviceSession, DEVICE_COOKIE, DEVICE_COOKIE_PATH } from '../device-sessions/device-sessions'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadSurveyor } from './load-surveyor'

const route = endpointRoute(endpoints.field.login, {
  summary: 'Log a surveyor’s device in for field work: a device session of 14 days (cookie for /api/v1/field only), listed for admins',
  returns: 'Logged in',
  errors: { 401: 'Wrong email or password', 429: 'Too many failed logins for this account or address; see Retry-After' },
})

export function openDeviceSession(ctx: AppContext, limiter = new LoginRateLimiter(ctx.db, LOGIN_SCOPE)) {
  const checkCredentials = credentialsChecker(ctx, limiter)
  return createRouter().openapi(route, async (c) => {
    const { email, password, deviceLabel } = c.req.valid('json')
    const user = await checkCredentials(c, email, password)
    const session = await ctx.db.transaction().execute(async (trx) => {
      const created = await createDeviceSession(trx, user.id, deviceLabel)
      await recordAudit(trx, { userId: user.id, action: 'create', entity: 'device_session', entityId: created.id, details: { label: deviceLabel } })
      return created
    })
    setCookie(c, DEVICE_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: isSecureRequest(c),
      path: DEVICE_COOKIE_PATH,
      expires: session.expiresAt,
    })
    return c.json({ surveyor: await loadSurveyor(ctx.db, user.id), deviceLabel, expiresAt: session.expiresAt.toISOString() }, 201)
  })
}
