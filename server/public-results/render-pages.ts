import { html } from 'hono/html'
import { vietnamDate } from '../../shared/calendar/vietnam-time'
import type { Language } from '../../shared/i18n'
import { inRankOrder } from '../../shared/indices/rank-order'
import type { Estimate } from '../../shared/indices/schemas'
import { MIN_CELL_RESPONDENTS, MIN_RELIABLE_N } from '../../shared/indices/thresholds'
import { criteriaWeakestFirst } from '../../shared/indices/weakest-criteria'
import { localize } from '../../shared/languages'
import { formatFigure, formatInterval, formatNumber } from '../../shared/text/figure-format'
import { fill, publicMessages } from './messages'
import type { PublishedCampaign } from './published-campaigns'
import type { PublishedResults, PublishedUnit } from './published-results'
import { renderLayout, siteTitle, withLang } from './render-layout'

/** What every page needs besides its content. */
export interface PageFrame {
  lang: Language
  provinceName: string
  licence: string
}

const dmy = (date: string | Date, lang: Language) => {
  const iso = typeof date === 'string' ? date : vietnamDate(new Date(date))
  const [y, m, d] = iso.slice(0, 10).split('-')
  return lang === 'vi' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`
}

export const campaignPath = (id: number) => `/ket-qua/${id}`
export const unitPath = (campaignId: number, agencyId: number) => `/ket-qua/${campaignId}/don-vi/${agencyId}`

/** Element, criterion and expectation labels of the campaign's questionnaire, in a language. */
export function resultLabels(results: PublishedResults, lang: Language) {
  const elements = new Map(results.definition.elements.map((e) => [e.key, localize(e.label, lang)]))
  const criteria = new Map(results.definition.elements.flatMap((e) => e.criteria.map((c) => [c.key, localize(c.label, lang)] as const)))
  return { element: (key: string) => elements.get(key) ?? key, criterion: (key: string) => criteria.get(key) ?? key }
}

function figureCell(estimate: Estimate | null, unit: PublishedResults['unit'], lang: Language) {
  const t = publicMessages[lang]
  if (!estimate || estimate.value === null) return html`<td class="num muted">${t.noData}</td>`
  return html`<td class="num"><span class="figure">${formatFigure(estimate.value, unit, lang)}</span>${
    estimate.indicative ? html`<span class="badge" title="${fill(t.indicativeTitle, { min: MIN_RELIABLE_N })}">${t.indicative}</span>` : ''
  }<span class="interval">${formatInterval(estimate, unit, lang)}</span></td>`
}

export function renderCampaignList(campaigns: PublishedCampaign[], frame: PageFrame) {
  const t = publicMessages[frame.lang]
  const title = siteTitle(frame.lang, frame.provinceName)
  return renderLayout({
    ...frame,
    title,
    path: '/ket-qua',
    body: html`<h1>${title}</h1>
<p>${t.intro}</p>
<h2>${t.campaignsHeading}</h2>
${
  campaigns.length === 0
    ? html`<p class="muted">${t.noCampaigns}</p>`
    : html`<ul class="campaigns">${campaigns.map(
        (c) => html`<li><a href="${withLang(campaignPath(c.id), frame.lang)}">${c.name}</a>
<div class="muted">${fill(t.period, { from: dmy(c.startsOn, frame.lang), to: dmy(c.endsOn, frame.lang) })} · ${c.questionnaireName}</div>
<div class="muted">${fill(t.publishedOn, { date: dmy(c.publishedAt, frame.lang) })}</div></li>`,
      )}</ul>`
}`,
  })
}

function methodSection(results: PublishedResults, lang: Language) {
  const t = publicMessages[lang]
  return html`<section class="card" id="phuong-phap"><h2>${t.methodHeading}</h2>
<p>${results.scoring === 'points' ? t.methodPoints : t.methodShare45}</p>
<p>${t.methodInterval}</p>
<p>${fill(t.methodIndicative, { min: MIN_RELIABLE_N })}</p>
<p>${fill(t.methodAnonymity, { min: MIN_CELL_RESPONDENTS })}</p>
<p>${t.methodFlagged}</p></section>`
}

function dataSection(results: PublishedResults, frame: PageFrame) {
  const t = publicMessages[frame.lang]
  const base = campaignPath(results.campaign.id)
  return html`<section class="card downloads"><h2>${t.dataHeading}</h2>
<p>${fill(t.dataIntro, { licence: frame.licence })}</p>
<p><a href="${base}/data.csv" download>${t.dataCsv}</a><a href="${base}/data.csv?dialect=semicolon" download>${t.dataCsvExcel}</a><a href="${base}/data.json">${t.dataJson}</a><a href="${base}/README.txt">${t.dataReadme}</a></p></section>`
}

function unitRow(unit: PublishedUnit, results: PublishedResults, lang: Language) {
  const t = publicMessages[lang]
  const link = html`<a href="${withLang(unitPath(results.campaign.id, unit.agencyId), lang)}">${unit.name}</a>`
  if (unit.hidden)
    return html`<tr><td class="num">—</td><td>${link}<div class="hidden-note">${fill(t.hidden, { min: MIN_CELL_RESPONDENTS })}</div></td><td></td><td></td></tr>`
  return html`<tr><td class="num">${unit.rank ?? html`<span class="muted">—</span>`}</td><td>${link}${
    unit.rank === null && unit.sipas?.value !== null ? html`<div class="hidden-note">${t.unranked}</div>` : ''
  }</td>${figureCell(unit.sipas, results.unit, lang)}<td class="num">${formatNumber(unit.sipas?.n ?? 0, lang)}</td></tr>`
}

const rankable = (u: PublishedUnit) => ({ ...u, n: u.n ?? 0, sipas: { value: u.sipas?.value ?? null } })

export function renderCampaign(results: PublishedResults, frame: PageFrame) {
  const t = publicMessages[frame.lang]
  const { campaign } = results
  const ordered = inRankOrder(results.units.map(rankable)).map((r) => results.units.find((u) => u.agencyId === r.agencyId)!)
  return renderLayout({
    ...frame,
    title: `${campaign.name} — ${siteTitle(frame.lang, frame.provinceName)}`,
    path: campaignPath(campaign.id),
    body: html`<p><a href="${withLang('/ket-qua', frame.lang)}">${t.backToCampaigns}</a></p>
<h1>${campaign.name}</h1>
<p class="muted">${fill(t.period, { from: dmy(campaign.startsOn, frame.lang), to: dmy(campaign.endsOn, frame.lang) })} · ${campaign.questionnaireName} · ${fill(t.unitsCount, { count: results.units.length })} · ${fill(t.publishedOn, { date: dmy(campaign.publishedAt, frame.lang) })}</p>
<section class="card"><h2>${t.unitsHeading}</h2>
<div class="table"><table>
<caption>${fill(t.tableCaption, { min: MIN_RELIABLE_N })}</caption>
<thead><tr><th scope="col" class="num">${t.colRank}</th><th scope="col">${t.colUnit}</th><th scope="col" class="num">${results.scoring === 'points' ? t.colIndexPoints : t.colIndex}<span class="interval">${t.colInterval}</span></th><th scope="col" class="num">${t.colN}</th></tr></thead>
<tbody>${ordered.map((unit) => unitRow(unit, results, frame.lang))}</tbody>
</table></div></section>
${methodSection(results, frame.lang)}
${dataSection(results, frame)}`,
  })
}

/** The unit's figure in each published campaign of the same questionnaire kind, oldest first. */
export interface UnitHistoryPoint {
  campaign: PublishedCampaign
  unit: PublishedResults['unit']
  figures: PublishedUnit
}

export function renderUnit(results: PublishedResults, unit: PublishedUnit, history: UnitHistoryPoint[], frame: PageFrame) {
  const t = publicMessages[frame.lang]
  const labels = resultLabels(results, frame.lang)
  const { campaign } = results
  const headline = unit.overall?.value != null ? headlineText(unit, frame.lang) : null
  const weakest = criteriaWeakestFirst(unit.criteria.filter((c) => c.value !== null)).slice(0, 3)
  return renderLayout({
    ...frame,
    title: `${unit.name} — ${campaign.name}`,
    path: unitPath(campaign.id, unit.agencyId),
    body: html`<p><a href="${withLang(campaignPath(campaign.id), frame.lang)}">${fill(t.backToCampaign, { campaign: campaign.name })}</a></p>
<h1>${unit.name}</h1>
<p class="muted">${campaign.name} · ${campaign.questionnaireName}</p>
${
  unit.hidden
    ? html`<section class="card"><p>${fill(t.hidden, { min: MIN_CELL_RESPONDENTS })}</p></section>`
    : html`<section class="card">
${headline ? html`<p class="headline">${headline}</p>` : ''}
<p>${fill(t.headlineDetail, {
        value: formatFigure(unit.sipas?.value ?? null, results.unit, frame.lang),
        interval: formatInterval(unit.sipas ?? { ciLow: null, ciHigh: null }, results.unit, frame.lang),
        n: formatNumber(unit.sipas?.n ?? 0, frame.lang),
      })}${unit.sipas?.indicative ? html` <span class="badge" title="${fill(t.indicativeTitle, { min: MIN_RELIABLE_N })}">${t.indicative}</span>` : ''}</p>
</section>
${
  unit.complaints
    ? html`<section class="card"><h2>${t.complaintsHeading}</h2><p>${fill(t.complaintsText, {
        opened: formatNumber(unit.complaints.opened, frame.lang),
        answered: formatNumber(unit.complaints.answered, frame.lang),
        onTime: formatNumber(unit.complaints.answeredOnTime, frame.lang),
      })}</p></section>`
    : ''
}
<section class="card"><h2>${t.elementsHeading}</h2>
<div class="table"><table>
<thead><tr><th scope="col">${t.colElement}</th><th scope="col" class="num">${t.colIndex}<span class="interval">${t.colInterval}</span></th><th scope="col" class="num">${t.colN}</th></tr></thead>
<tbody>${unit.elements.map(
        (e) => html`<tr><td>${labels.element(e.key)}</td>${figureCell(e, results.unit, frame.lang)}<td class="num">${formatNumber(e.n, frame.lang)}</td></tr>`,
      )}</tbody></table></div>
${
  unit.elementsWithoutData.length > 0
    ? html`<p class="muted">${fill(t.elementsWithoutData, { elements: unit.elementsWithoutData.map(labels.element).join('; ') })}</p>`
    : ''
}</section>
${
  weakest.length > 0
    ? html`<section class="card"><h2>${t.weakestHeading}</h2>
<div class="table"><table><thead><tr><th scope="col">${t.colCriterion}</th><th scope="col" class="num">${t.colIndex}<span class="interval">${t.colInterval}</span></th><th scope="col" class="num">${t.colN}</th></tr></thead>
<tbody>${weakest.map((c) => html`<tr><td>${labels.criterion(c.key)}</td>${figureCell(c, results.unit, frame.lang)}<td class="num">${formatNumber(c.n, frame.lang)}</td></tr>`)}</tbody></table></div>
${unit.note ? html`<h3>${t.noteHeading}</h3><p class="note">${unit.note}</p>` : ''}</section>`
    : ''
}`
}
${
  history.length > 1
    ? html`<section class="card"><h2>${fill(t.historyHeading, { questionnaire: campaign.questionnaireName })}</h2>
<div class="table"><table><thead><tr><th scope="col">${t.colYear}</th><th scope="col">${t.colCampaign}</th><th scope="col" class="num">${t.colIndex}<span class="interval">${t.colInterval}</span></th><th scope="col" class="num">${t.colN}</th></tr></thead>
<tbody>${history.map(
        (point) =>
          html`<tr><td>${point.campaign.year}</td><td><a href="${withLang(unitPath(point.campaign.id, unit.agencyId), frame.lang)}">${point.campaign.name}</a></td>${
            point.figures.hidden
              ? html`<td class="num muted">—</td><td class="num">—</td>`
              : html`${figureCell(point.figures.sipas, point.unit, frame.lang)}<td class="num">${formatNumber(point.figures.sipas?.n ?? 0, frame.lang)}</td>`
          }</tr>`,
      )}</tbody></table></div></section>`
    : ''
}
${methodSection(results, frame.lang)}`,
  })
}

/** "84% of respondents were satisfied with the service of …": the overall-satisfaction item, in whole percent. */
export function headlineText(unit: PublishedUnit, lang: Language): string {
  return fill(publicMessages[lang].headline, { value: `${formatNumber(unit.overall!.value!, lang)}%`, unit: unit.name })
}

export function renderNotFound(frame: PageFrame) {
  const t = publicMessages[frame.lang]
  return renderLayout({
    ...frame,
    title: t.notFoundTitle,
    path: '/ket-qua',
    body: html`<h1>${t.notFoundTitle}</h1><p>${t.notFound}</p><p><a href="${withLang('/ket-qua', frame.lang)}">${t.backToCampaigns}</a></p>`,
  })
}
