import { html, raw } from 'hono/html'
import type { Language } from '../../shared/i18n'
import { posterMessages } from './poster-messages'

/** A4 sheets of cut-out slips (2 × 5 per page), one receipt code and its QR code each. */
export function renderReceiptSlips(options: { unitName: string; slips: { code: string; url: string; qrSvg: string }[]; lang: Language }) {
  const t = posterMessages[options.lang]
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<title>${options.unitName} — ${t.slipTitle}</title>
<style>
  @page { size: A4 portrait; margin: 8mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2433; }
  .sheet { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
  .slip { height: 55mm; border: 1px dashed #999; padding: 3mm 4mm; display: flex; gap: 3mm; align-items: center; break-inside: avoid; }
  .slip svg { width: 38mm; height: 38mm; flex: none; }
  .unit { font-size: 8pt; font-weight: 700; color: #0b6e4f; text-transform: uppercase; }
  h2 { font-size: 11pt; margin: 1mm 0; }
  p { font-size: 8pt; margin: 1mm 0; }
  .code { font-family: 'DejaVu Sans Mono', monospace; font-size: 11pt; letter-spacing: 0.05em; white-space: nowrap; }
</style>
</head>
<body>
<div class="sheet">
${options.slips.map(
  (slip) => html`<div class="slip">
  ${raw(slip.qrSvg)}
  <div>
    <div class="unit">${options.unitName}</div>
    <h2>${t.slipTitle}</h2>
    <p>${t.slipNote}</p>
    <p>${t.slipCode}: <span class="code">${slip.code}</span></p>
  </div>
</div>`,
)}
</div>
</body>
</html>`
}
