import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Role } from '../db/schema/user'
import type { AppContext, AppEnv } from '../http/context'
import { forbidden, unauthorized } from '../http/errors'
import { getSessionUser, SESSION_COOKIE } from './sessions'

/** 401 without a valid session; otherwise `c.var.user` is the logged-in account. */
export function requireUser(ctx: AppContext) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    const user = token ? await getSessionUser(ctx.db, token) : undefined
    if (!user) throw unauthorized()
    c.set('user', user)
    await next()
  })
}

/** 403 unless the logged-in account has one of the roles. Use after requireUser. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.var.user.role)) throw forbidden()
    await next()
  })
}
