import { html, raw } from 'hono/html'
import type { Language } from '../../shared/i18n'
import { MIN_CELL_RESPONDENTS, MIN_RELIABLE_N } from '../../shared/indices/thresholds'
import { criteriaWeakestFirst } from '../../shared/indices/weakest-criteria'
import { formatFigure, formatInterval, formatNumber } from '../../shared/text/figure-format'
import { fill } from '../public-results/messages'
import type { PublishedResults, PublishedUnit } from '../public-results/published-results'
import { resultLabels } from '../public-results/render-pages'
import { resultsPosterMessages } from './results-poster-messages'

export type ResultsPosterSize = 'a4' | 'a3'

/**
 * When the survey took place, said as a person would: "last month" when it ended in the
 * previous calendar month, "this year" when it ended earlier this year, else its year.
 */
export function surveyedWhen(endsOn: string, year: number, today: string, lang: Language): string {
  const t = resultsPosterMessages[lang]
  const [ty, tm] = today.split('-').map(Number) as [number, number]
  const [ey, em] = endsOn.split('-').map(Number) as [number, number]
  const monthsAgo = (ty - ey) * 12 + (tm - em)
  if (monthsAgo === 1 || monthsAgo === 0) return t.lastMonth
  if (ey === ty) return t.thisYear
  return fill(t.inYear, { year })
}

/** The results poster of a unit for its desk: the satisfied share, n, the three weakest criteria, the unit's note and the QR to answer next time. */
export function renderResultsPoster(options: {
  results: PublishedResults
  unit: PublishedUnit
  /** The unit's QR survey link in an open campaign, with its QR code; null when it has none. */
  link: { url: string; qrSvg: string } | null
  resultsUrl: string
  today: string
  size: ResultsPosterSize
  lang: Language
}) {
  const { results, unit, lang } = options
  const t = resultsPosterMessages[lang]
  const labels = resultLabels(results, lang)
  const k = options.size === 'a3' ? Math.SQRT2 : 1
  const pt = (size: number) => `${(size * k).toFixed(1)}pt`
  const mm = (size: number) => `${(size * k).toFixed(1)}mm`
  const weakest = criteriaWeakestFirst(unit.criteria.filter((c) => c.value !== null)).slice(0, 3)
  const headline =
    unit.overall?.value != null
      ? fill(t.headline, {
          when: surveyedWhen(results.campaign.endsOn, results.campaign.year, options.today, lang),
          value: `${formatNumber(unit.overall.value, lang)}%`,
        })
      : null
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${unit.name} — ${results.campaign.name}</title>
<style>
  @page { size: ${options.size.toUpperCase()} portrait; margin: ${mm(12)}; }
  * { box-sizing: border-box; }
  html, body { margin: 0; }
  body { font-family: 'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2433; }
  main { display: flex; flex-direction: column; gap: ${mm(5)}; padding: ${mm(2)}; }
  .unit { font-size: ${pt(16)}; font-weight: 700; color: #0b5c42; text-transform: uppercase; text-align: center; }
  h1 { font-size: ${pt(28)}; margin: 0; line-height: 1.2; text-align: center; }
  .detail { font-size: ${pt(12)}; text-align: center; margin: 0; color: #333d4d; }
  h2 { font-size: ${pt(15)}; margin: 0 0 ${mm(2)}; }
  ol { margin: 0; padding-left: ${mm(7)}; font-size: ${pt(13)}; }
  ol li { margin-bottom: ${mm(1.5)}; }
  .figure { font-weight: 700; white-space: nowrap; }
  .note { font-size: ${pt(13)}; white-space: pre-line; border-left: ${mm(1.5)} solid #0b5c42; padding-left: ${mm(4)}; margin: 0; }
  .next { display: flex; align-items: center; gap: ${mm(6)}; border-top: 1px solid #c5ccd6; padding-top: ${mm(5)}; }
  .next p { font-size: ${pt(16)}; font-weight: 700; margin: 0 0 ${mm(2)}; }
  .qr svg { width: ${mm(80)}; height: ${mm(80)}; display: block; }
  .next .url, .small { font-size: ${pt(10)}; font-weight: 400; color: #4f5868; word-break: break-all; margin: 0; }
  .warning { border: 2px solid #b3261e; color: #b3261e; padding: ${mm(3)}; font-size: ${pt(12)}; margin: 0; }
  @media screen { body { background: #eef1f5; } main { background: #fff; max-width: ${options.size === 'a3' ? '297mm' : '210mm'}; margin: 1rem auto; padding: 12mm; box-shadow: 0 1px 6px #0002; } }
</style>
</head>
<body>
<main>
  <div class="unit">${unit.name}</div>
  ${
    unit.hidden
      ? html`<p class="detail">${fill(t.hidden, { min: MIN_CELL_RESPONDENTS })}</p>`
      : html`${headline ? html`<h1>${headline}</h1>` : ''}
  <p class="detail">${fill(t.detail, {
    n: formatNumber(unit.sipas?.n ?? 0, lang),
    index: formatFigure(unit.sipas?.value ?? null, results.unit, lang),
    interval: formatInterval(unit.sipas ?? { ciLow: null, ciHigh: null }, results.unit, lang),
  })}</p>
  ${unit.sipas?.indicative ? html`<p class="detail">${fill(t.indicative, { min: MIN_RELIABLE_N })}</p>` : ''}
  ${
    weakest.length > 0
      ? html`<section><h2>${t.weakest}</h2><ol>${weakest.map(
          (c) =>
            html`<li>${labels.criterion(c.key)}: <span class="figure">${formatFigure(c.value, results.unit, lang)}</span> (n = ${formatNumber(c.n, lang)}${c.indicative ? `, ${t.indicativeMark}` : ''})</li>`,
        )}</ol></section>
  <section><h2>${t.note}</h2><p class="note">${unit.note || t.noNote}</p></section>`
      : ''
  }`
  }
  <section class="next">
    ${
      options.link
        ? html`<div class="qr">${raw(options.link.qrSvg)}</div><div><p>${t.nextTime}</p><p class="url">${options.link.url}</p></div>`
        : html`<p class="warning" role="alert">${t.noLink}</p>`
    }
  </section>
  <p class="small">${results.campaign.name} · ${fill(t.fullResults, { url: options.resultsUrl })}</p>
</main>
</body>
</html>`
}
