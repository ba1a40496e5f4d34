import { createRoute, z } from '@hono/zod-openapi'
import { deleteCookie, getCookie } from 'hono/cookie'
import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { deleteSession, SESSION_COOKIE } from '../sessions'

const logoutRoute = createRoute({
  method: 'post',
  path: '/logout',
  summary: 'End the current session',
  responses: { 200: { description: 'Logged out', content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } } } },
})

export function logout(ctx: AppContext) {
  return createRouter().openapi(logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (token) await deleteSession(ctx.db, token)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json({ ok: true as const }, 200)
  })
}
