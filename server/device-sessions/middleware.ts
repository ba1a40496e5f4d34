import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppContext, AppEnv } from '../http/context'
import { unauthorized } from '../http/errors'
import { DEVICE_COOKIE, deviceSessionUser } from './device-sessions'

/** The field API's login: a device session (not the admin cookie); `c.var.user` is its surveyor, `c.var.deviceSession` the session. */
export function requireDeviceSession(ctx: AppContext) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, DEVICE_COOKIE)
    if (!token) throw unauthorized('This device is not logged in for field work')
    const { user, session } = await deviceSessionUser(ctx.db, token)
    c.set('user', user)
    c.set('deviceSession', session)
    await next()
  })
}
