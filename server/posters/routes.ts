import { Hono } from 'hono'
import type { AppContext, AppEnv } from '../http/context'
import { requireRole, requireUser } from '../auth/middleware'
import { findLinkForStaff } from '../links/find-link'
import { surveyUrl } from '../links/link-code'
import { qrSvg } from './qr-image'
import { renderPoster } from './render-poster'

/** `GET /posters/:code?size=a4|a5&lang=vi|en`: a printable poster for a link (staff only). */
export function posterRoutes(ctx: AppContext) {
  return new Hono<AppEnv>().get('/:code', requireUser(ctx), requireRole('admin', 'unit_manager'), async (c) => {
    const link = await findLinkForStaff(ctx, c.var.user, c.req.param('code'))
    const details = await ctx.db
      .selectFrom('survey_links')
      .innerJoin('agencies', 'agencies.id', 'survey_links.agency_id')
      .innerJoin('campaigns', 'campaigns.id', 'survey_links.campaign_id')
      .select(['agencies.name as unitName', 'campaigns.name as campaignName'])
      .where('survey_links.id', '=', link.id)
      .executeTakeFirstOrThrow()
    const url = surveyUrl(ctx.config.publicUrl, link.channel, link.code)
    return c.html(
      renderPoster({
        ...details,
        url,
        qrSvg: await qrSvg(url),
        size: c.req.query('size') === 'a5' ? 'a5' : 'a4',
        lang: c.req.query('lang') === 'en' ? 'en' : 'vi',
      }),
    )
  })
}
