import { setCookie } from 'hono/cookie'
import { endpoints } from '../../../shared/api/endpoints'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { ApiError } from '../../http/errors'
import { createRouter } from '../../http/router'
import { clientAddress } from '../client-address'
import { LoginRateLimiter } from '../login-rate-limit'
import { hashPassword, verifyPassword } from '../passwords'
import { createSession, SESSION_COOKIE } from '../sessions'
import { trustedProxies } from '../trusted-proxies'
import { isSecureRequest } from './cookie-options'

export const loginRoute = endpointRoute(endpoints.auth.login, {
  summary: 'Log in with email and password; sets the session cookie',
  returns: 'Logged in',
  errors: { 401: 'Wrong email or password', 429: 'Too many failed logins for this account or address; see Retry-After' },
})

// An unknown email costs the same argon2 verification as a wrong password, so response
// times do not reveal which addresses have accounts.
let unknownAccountHash: Promise<string> | undefined

export function login(ctx: AppContext, limiter = new LoginRateLimiter()) {
  const isTrustedProxy = trustedProxies(ctx.config.trustedProxies)
  return createRouter().openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json')
    const accountKey = `account:${email}`
    const keys = [accountKey, `address:${clientAddress(c, isTrustedProxy)}`]
    const retryAfter = limiter.retryAfterSeconds(keys)
    if (retryAfter > 0) {
      c.header('Retry-After', String(retryAfter))
      throw new ApiError(429, 'too_many_attempts', `Too many failed logins; try again in ${Math.ceil(retryAfter / 60)} min`)
    }
    const user = await ctx.db
      .selectFrom('users')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
      .where('active', '=', true)
      .executeTakeFirst()
    unknownAccountHash ??= hashPassword('no account has this password')
    const passwordHash = user?.password_hash ?? (await unknownAccountHash)
    if (!(await verifyPassword(passwordHash, password)) || !user) {
      limiter.recordFailure(keys)
      throw new ApiError(401, 'invalid_credentials', 'Wrong email or password')
    }
    limiter.reset(accountKey)
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
