import { html, raw } from 'hono/html'
import type { Language } from '../../shared/i18n'
import { isLoopbackUrl } from '../../shared/links/public-url'
import { posterMessages } from './poster-messages'

export type PosterSize = 'a4' | 'a5'

/** A printable poster: unit name, call to action (with how long the questionnaire takes), the QR code and the URL under it. */
export function renderPoster(options: {
  unitName: string
  campaignName: string
  minutes: number
  url: string
  qrSvg: string
  size: PosterSize
  lang: Language
}) {
  const t = posterMessages[options.lang]
  const duration = options.minutes === 0 ? t.durationUnderMinute : t.duration.replace('{minutes}', String(options.minutes))
  const callToAction = t.callToAction.replace('{duration}', duration)
  const qrSize = options.size === 'a4' ? '120mm' : '85mm'
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<title>${options.unitName} — ${callToAction}</title>
<style>
  @page { size: ${options.size.toUpperCase()} portrait; margin: 12mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2433; text-align: center; }
  main { padding: 8mm 4mm; display: flex; flex-direction: column; align-items: center; gap: ${options.size === 'a4' ? '7mm' : '4mm'}; }
  .unit { font-size: ${options.size === 'a4' ? '20pt' : '15pt'}; font-weight: 700; color: #0b6e4f; text-transform: uppercase; }
  h1 { font-size: ${options.size === 'a4' ? '30pt' : '21pt'}; margin: 0; line-height: 1.2; }
  .cta { font-size: ${options.size === 'a4' ? '18pt' : '13pt'}; margin: 0; }
  .qr svg { width: ${qrSize}; height: ${qrSize}; display: block; }
  .url { font-family: 'DejaVu Sans Mono', monospace; font-size: ${options.size === 'a4' ? '12pt' : '9pt'}; word-break: break-all; }
  .small { font-size: ${options.size === 'a4' ? '12pt' : '9pt'}; color: #5b6474; max-width: 150mm; margin: 0; }
  .loopback { border: 2px solid #b3261e; color: #b3261e; background: #fdecea; padding: 4mm; font-size: 12pt; font-weight: 700; max-width: 170mm; margin: 0; }
  @media screen { body { background: #eef1f5; } main { background: #fff; max-width: ${options.size === 'a4' ? '210mm' : '148mm'}; margin: 1rem auto; box-shadow: 0 1px 6px #0002; } }
</style>
</head>
<body>
<main>
  ${isLoopbackUrl(options.url) ? html`<p class="loopback" role="alert">${t.loopback.replace('{url}', options.url)}</p>` : ''}
  <div class="unit">${options.unitName}</div>
  <h1>${t.title}</h1>
  <p class="cta">${callToAction}</p>
  <div class="qr">${raw(options.qrSvg)}</div>
  <div class="url">${options.url}</div>
  <p class="small">${t.steps}</p>
  <p class="small">${t.anonymous}</p>
  <p class="small">${options.campaignName}</p>
</main>
</body>
</html>`
}
