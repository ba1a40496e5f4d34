import { Hono } from 'hono'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import { MAX_RECEIPTS_PER_BATCH } from '../../shared/links/receipts'
import { estimatedMinutes } from '../../shared/questionnaires/duration'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext, AppEnv } from '../http/context'
import { conflict, fieldError, problem } from '../http/errors'
import { assertCampaignUnit } from '../links/assert-campaign-unit'
import { findLinkForStaff } from '../links/find-link'
import { findOpenQrLink } from '../links/find-open-qr-link'
import { surveyUrl } from '../links/link-code'
import { findPublishedCampaign } from '../public-results/published-campaigns'
import { cachedPublishedResults } from '../public-results/published-results'
import { campaignPath } from '../public-results/render-pages'
import { createReceiptsForLink } from '../receipts/create-receipt-batch'
import { qrSvg } from './qr-image'
import { renderPoster } from './render-poster'
import { renderReceiptSlips } from './render-receipt-slips'
import { renderResultsPoster } from './render-results-poster'

/**
 * Printable pages for unit staff:
 * - `GET /posters/:code?size=a4|a5&lang=vi|en`: the poster of a link;
 * - `POST /posters/:code/receipts` (form field `count`): a new batch of single-use receipt
 *   slips for a QR link, shown this once (only their hashes are stored);
 * - `GET /posters/results/:campaignId/:agencyId?size=a4|a3&lang=vi|en`: a unit's results
 *   poster for its desk, once the campaign's results are published (409 before).
 */
export function posterRoutes(ctx: AppContext) {
  const staff = [requireUser(ctx), requireRole('admin', 'unit_manager')] as const
  const unitName = async (agencyId: number) => (await ctx.db.selectFrom('agencies').select('name').where('id', '=', agencyId).executeTakeFirstOrThrow()).name
  const lang = (value: string | undefined) => (value === 'en' ? 'en' : 'vi')

  return new Hono<AppEnv>()
    .get('/results/:campaignId/:agencyId', ...staff, async (c) => {
      const campaignId = Number(c.req.param('campaignId'))
      const agencyId = Number(c.req.param('agencyId'))
      if (!Number.isSafeInteger(campaignId) || !Number.isSafeInteger(agencyId))
        throw fieldError('campaignId', 'invalid_value', 'must be a campaign and unit id')
      await assertCampaignUnit(ctx, c.var.user, campaignId, agencyId)
      const campaign = await findPublishedCampaign(ctx.db, campaignId)
      if (!campaign)
        throw conflict('The campaign’s results are not published', {
          publication: problem('not_published_results', 'must be published to print the results poster'),
        })
      const results = await cachedPublishedResults(ctx, campaign)
      const link = await findOpenQrLink(ctx.db, agencyId)
      const url = link && surveyUrl(ctx.config.publicUrl, 'qr', link.code)
      return c.html(
        renderResultsPoster({
          results,
          unit: results.units.find((u) => u.agencyId === agencyId)!,
          link: url ? { url, qrSvg: await qrSvg(url) } : null,
          resultsUrl: `${ctx.config.publicUrl}${campaignPath(campaignId)}`,
          today: todayInVietnam(),
          size: c.req.query('size') === 'a3' ? 'a3' : 'a4',
          lang: lang(c.req.query('lang')),
        }),
      )
    })
    .get('/:code', ...staff, async (c) => {
      const link = await findLinkForStaff(ctx, c.var.user, c.req.param('code'))
      const campaign = await ctx.db
        .selectFrom('campaigns as c')
        .innerJoin('questionnaires as q', 'q.id', 'c.questionnaire_id')
        .select(['c.name', 'q.definition'])
        .where('c.id', '=', link.campaign_id)
        .executeTakeFirstOrThrow()
      const url = surveyUrl(ctx.config.publicUrl, link.channel, link.code)
      return c.html(
        renderPoster({
          unitName: await unitName(link.agency_id),
          campaignName: campaign.name,
          minutes: estimatedMinutes(campaign.definition),
          url,
          qrSvg: await qrSvg(url),
          size: c.req.query('size') === 'a5' ? 'a5' : 'a4',
          lang: lang(c.req.query('lang')),
        }),
      )
    })
    .post('/:code/receipts', ...staff, async (c) => {
      const link = await findLinkForStaff(ctx, c.var.user, c.req.param('code'))
      const form = await c.req.parseBody()
      const count = Number(form.count)
      if (!Number.isInteger(count) || count < 1 || count > MAX_RECEIPTS_PER_BATCH)
        throw fieldError('count', 'too_big', `must be a whole number from 1 to ${MAX_RECEIPTS_PER_BATCH}`, MAX_RECEIPTS_PER_BATCH)
      const { receipts } = await createReceiptsForLink(ctx, c.var.user, { campaignId: link.campaign_id, agencyId: link.agency_id }, link.code, count)
      const slips = await Promise.all(receipts.map(async (r) => ({ ...r, qrSvg: await qrSvg(r.url) })))
      c.header('Cache-Control', 'no-store')
      return c.html(renderReceiptSlips({ unitName: await unitName(link.agency_id), slips, lang: lang(String(form.lang ?? '')) }))
    })
}
