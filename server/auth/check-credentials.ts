import type { Context } from 'hono'
import type { UserRow } from '../db/schema/user'
import type { AppContext, AppEnv } from '../http/context'
import { ApiError } from '../http/errors'
import { clientAddress } from './client-address'
import type { LoginRateLimiter } from './login-rate-limit'
import { hashPassword, verifyPassword } from './passwords'
import { trustedProxies } from './trusted-proxies'

// An unknown email costs the same argon2 verification as a wrong password, so response
// times do not reveal which addresses have accounts.
let unknownAccountHash: Promise<string> | undefined

/**
 * The active account with this email and password (the admin login and a field device's login),
 * or 401; 429 after too many failures for the account or the address (see LoginRateLimiter).
 */
export function credentialsChecker(ctx: AppContext, limiter: LoginRateLimiter) {
  const isTrustedProxy = trustedProxies(ctx.config.trustedProxies)
  return async (c: Context<AppEnv>, email: string, password: string): Promise<UserRow> => {
    const accountKey = `account:${email}`
    const keys = [accountKey, `address:${clientAddress(c, isTrustedProxy)}`]
    const retryAfter = await limiter.retryAfterSeconds(keys)
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
      await limiter.recordFailure(keys)
      throw new ApiError(401, 'invalid_credentials', 'Wrong email or password')
    }
    await limiter.reset(accountKey)
    return user
  }
}
