import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { Language } from '../../shared/i18n'
import { CSV_DIALECTS } from '../exports/csv'
import { type CachedBody, sendCached } from '../http/cached-body'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { openDataCsv, openDataJson, openDataReadme } from './open-data'
import { figuresKey, findPublishedCampaign, listPublishedCampaigns, type PublishedCampaign, publishedCampaignsOfUnit } from './published-campaigns'
import { cachedPublishedResults } from './published-results'
import { type PageFrame, renderCampaign, renderCampaignList, renderNotFound, renderUnit } from './render-pages'

/** Browsers and proxies keep a page a minute, then revalidate with its ETag (a withdrawal reaches them within that minute). */
const CACHE_CONTROL = 'public, max-age=60'
const idSchema = z.coerce.number().int().positive().max(2_147_483_647)

/**
 * The public results (no login): `/ket-qua` lists the published campaigns, `/ket-qua/:id` a
 * campaign's units, `/ket-qua/:id/don-vi/:agencyId` a unit with its history, and the open data
 * `/ket-qua/:id/data.json`, `data.csv` (`?dialect=semicolon`) and `README.txt`. A campaign that
 * is not published (or not closed) is 404 everywhere. Server-rendered, no script.
 */
export function publicResultsRoutes(ctx: AppContext) {
  const cache = ctx.publicResults
  const frameOf = (c: Context): PageFrame => ({
    lang: (c.req.query('lang') === 'en' ? 'en' : 'vi') as Language,
    provinceName: ctx.config.province?.name ?? '',
    licence: ctx.config.openDataLicence.id,
  })
  const figures = (campaign: PublishedCampaign) => cachedPublishedResults(ctx, campaign)
  const send = (c: Context, cached: CachedBody, type: string) => sendCached(c, cached, type, CACHE_CONTROL)
  const html = 'text/html; charset=utf-8'
  const published = async (c: Context) => {
    const id = idSchema.safeParse(c.req.param('id'))
    return id.success ? cache.state(`campaign|${id.data}`, () => findPublishedCampaign(ctx.db, id.data)) : undefined
  }
  const pageNotFound = async (c: Context) => c.html(await renderNotFound(frameOf(c)), 404)

  return new Hono()
    .get('/', async (c) => {
      const frame = frameOf(c)
      const campaigns = await cache.state('list', () => listPublishedCampaigns(ctx.db))
      const key = `list|${frame.lang}|${campaigns.map(figuresKey).join(',')}`
      return send(c, await cache.body(key, async () => String(await renderCampaignList(campaigns, frame))), html)
    })
    .get('/:id', async (c) => {
      const campaign = await published(c)
      if (!campaign) return pageNotFound(c)
      const frame = frameOf(c)
      return send(
        c,
        await cache.body(`${figuresKey(campaign)}|page|${frame.lang}`, async () => String(await renderCampaign(await figures(campaign), frame))),
        html,
      )
    })
    .get('/:id/don-vi/:agencyId', async (c) => {
      const campaign = await published(c)
      const agencyId = Number(c.req.param('agencyId'))
      const results = campaign && (await figures(campaign))
      const unit = results?.units.find((u) => u.agencyId === agencyId)
      if (!campaign || !results || !unit) return pageNotFound(c)
      const frame = frameOf(c)
      const others = await cache.state(`history|${agencyId}|${campaign.questionnaireKind}`, () =>
        publishedCampaignsOfUnit(ctx.db, agencyId, campaign.questionnaireKind),
      )
      const key = `unit|${agencyId}|${frame.lang}|${others.map(figuresKey).join(',')}`
      return send(
        c,
        await cache.body(key, async () => {
          const history = await Promise.all(
            others.map(async (other) => {
              const otherResults = await figures(other)
              return { campaign: other, unit: otherResults.unit, figures: otherResults.units.find((u) => u.agencyId === agencyId)! }
            }),
          )
          return String(await renderUnit(results, unit, history, frame))
        }),
        html,
      )
    })
    .get('/:id/data.json', async (c) => {
      const campaign = await published(c)
      if (!campaign) throw notFound('Published results')
      const body = await cache.body(`${figuresKey(campaign)}|json`, async () => JSON.stringify(openDataJson(await figures(campaign), ctx.config), null, 1))
      c.header('Access-Control-Allow-Origin', '*')
      return send(c, body, 'application/json; charset=utf-8')
    })
    .get('/:id/data.csv', async (c) => {
      const campaign = await published(c)
      if (!campaign) throw notFound('Published results')
      const dialect = c.req.query('dialect') === 'semicolon' ? 'semicolon' : 'comma'
      const body = await cache.body(`${figuresKey(campaign)}|csv|${dialect}`, async () => openDataCsv(await figures(campaign), CSV_DIALECTS[dialect]))
      c.header('Content-Disposition', `inline; filename="ket-qua-dot-${campaign.id}${dialect === 'semicolon' ? '-excel-vn' : ''}.csv"`)
      c.header('Access-Control-Allow-Origin', '*')
      return send(c, body, 'text/csv; charset=utf-8')
    })
    .get('/:id/README.txt', async (c) => {
      const campaign = await published(c)
      if (!campaign) throw notFound('Published results')
      return send(
        c,
        await cache.body(`${figuresKey(campaign)}|readme`, async () => openDataReadme(await figures(campaign), ctx.config)),
        'text/plain; charset=utf-8',
      )
    })
}
