import { setCookie } from 'hono/cookie'
import { endpoints } from '../../../shared/api/endpoints'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { credentialsChecker } from '../check-credentials'
import { LOGIN_SCOPE, LoginRateLimiter } from '../login-rate-limit'
import { createSession, SESSION_COOKIE } from '../sessions'
import { isSecureRequest } from './cookie-options'

export const loginRoute = endpointRoute(endpoints.auth.login, {
  summary: 'Log in with email and password; sets the session cookie',
  returns: 'Logged in',
  errors: { 401: 'Wrong email or password', 429: 'Too many failed logins for this account or address; see Retry-After' },
})

export function login(ctx: AppContext, limiter = new LoginRateLimiter(ctx.db, LOGIN_SCOPE)) {
  const checkCredentials = credentialsChecker(ctx, limiter)
  return createRouter().openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json')
    const user = await checkCredentials(c, email, password)
    const session = await createSession(ctx.db, user.id)
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: isSecureRequest(c),
      path: '/',
      expires: session.expiresAt,
    })
    return c.json({ id: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agency_id, organisationId: user.organisation_id }, 200)
  })
}
