import { Hono } from 'hono'
import { vietnamDate } from '../../shared/calendar/vietnam-time'
import { LANGUAGES, type Language } from '../../shared/languages'
import { clientAddress } from '../auth/client-address'
import { LoginRateLimiter } from '../auth/login-rate-limit'
import { trustedProxies } from '../auth/trusted-proxies'
import type { AppContext, AppEnv } from '../http/context'
import { qrSvg } from '../posters/qr-image'
import { followUpUrl, normaliseFollowUpCode } from './follow-up-code'
import { type FollowUpPage, renderFollowUpPage } from './render-follow-up-page'

/** Unknown codes a client address may try before it waits (the login limiter's counting, with its own budget). */
const MAX_UNKNOWN_CODES = 20

/** The page's language: `?lang=`, else the browser's first choice among ours, else Vietnamese. */
function pageLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  if ((LANGUAGES as readonly string[]).includes(query ?? '')) return query as Language
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((entry) => entry.split(';')[0]!.trim().slice(0, 2).toLowerCase())
    .find((tag) => (LANGUAGES as readonly string[]).includes(tag))
  return (preferred as Language | undefined) ?? 'vi'
}

/**
 * The citizen's side of a feedback case, public and without login:
 * - `GET /f/:code`: the case's status and the unit's public reply (a friendly 404 for an unknown
 *   code; after too many unknown codes from one address, 429 until the window passes);
 * - `GET /f/:code/qr.svg`: the QR code of that page, for the thank-you screen;
 * - `GET /f?code=`: the 404 page's form, redirected to the code's page.
 */
export function followUpRoutes(ctx: AppContext, limiter = new LoginRateLimiter(ctx.db, 'follow-up', MAX_UNKNOWN_CODES)) {
  const isTrustedProxy = trustedProxies(ctx.config.trustedProxies)
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const typed = c.req.query('code') ?? ''
      const lang = pageLanguage(c.req.query('lang'), c.req.header('accept-language'))
      return c.redirect(`/f/${encodeURIComponent(normaliseFollowUpCode(typed) ?? (typed.trim() || '-'))}?lang=${lang}`, 303)
    })
    .get('/:code/qr.svg', async (c) => {
      const code = normaliseFollowUpCode(c.req.param('code'))
      if (!code) return c.notFound()
      c.header('Content-Type', 'image/svg+xml; charset=utf-8')
      c.header('Cache-Control', 'public, max-age=86400, immutable')
      return c.body(await qrSvg(followUpUrl(ctx.config.publicUrl, code)))
    })
    .get('/:code', async (c) => {
      const typed = c.req.param('code')
      const lang = pageLanguage(c.req.query('lang'), c.req.header('accept-language'))
      const show = (page: FollowUpPage, status: 200 | 404 | 429) => {
        c.header('Cache-Control', 'no-store')
        return c.html(renderFollowUpPage(page, lang, `/f/${encodeURIComponent(typed)}`), status)
      }
      const key = `address:${clientAddress(c, isTrustedProxy)}`
      const wait = await limiter.retryAfterSeconds([key])
      if (wait > 0) {
        c.header('Retry-After', String(wait))
        return show({ kind: 'too-many', minutes: Math.ceil(wait / 60) }, 429)
      }
      const code = normaliseFollowUpCode(typed)
      const found =
        code &&
        (await ctx.db
          .selectFrom('feedback_cases as f')
          .innerJoin('agencies as a', 'a.id', 'f.agency_id')
          .select(['f.code', 'a.name', 'f.status', 'f.opened_at', 'f.due_on', 'f.public_reply'])
          .where('f.code', '=', code)
          .executeTakeFirst())
      if (!found) {
        await limiter.recordFailure([key])
        return show({ kind: 'not-found', typed: typed.slice(0, 12) }, 404)
      }
      return show(
        {
          kind: 'case',
          view: {
            code: found.code,
            unitName: found.name,
            status: found.status,
            openedOn: vietnamDate(found.opened_at),
            dueOn: found.due_on,
            // A reply is public once the unit marks the case answered (a draft reply stays internal until then).
            publicReply: found.status === 'answered' || found.status === 'closed' ? found.public_reply : null,
          },
        },
        200,
      )
    })
}
