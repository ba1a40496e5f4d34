import { deleteCookie, getCookie } from 'hono/cookie'
import { endpoints } from '../../../shared/api/endpoints'
import type { AppContext } from '../../http/context'
import { endpointRoute } from '../../http/endpoint-route'
import { createRouter } from '../../http/router'
import { deleteSession, SESSION_COOKIE } from '../sessions'

const logoutRoute = endpointRoute(endpoints.auth.logout, {
  summary: 'End the current session',
  returns: 'Logged out',
})

export function logout(ctx: AppContext) {
  return createRouter().openapi(logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (token) await deleteSession(ctx.db, token)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json({ ok: true as const }, 200)
  })
}
