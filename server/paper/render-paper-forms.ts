import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { type Language, localize } from '../../shared/i18n'
import { type PaperField, paperFields } from '../../shared/paper/fields'
import { formatSerial } from '../../shared/paper/serial'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { paperMessages } from './paper-messages'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

/**
 * One A4 page per form: the unit and campaign, the serial and its QR code, an instruction
 * line, the criteria as a grid of large tick boxes under the scale's words, then the other
 * questions as tick boxes. Every question is numbered and every box carries the digit the
 * data-entry clerk types, in the order the entry page asks them.
 */
export function renderPaperForms(options: {
  unitName: string
  campaignName: string
  definition: QuestionnaireDefinition
  forms: { serial: string; qrSvg: string }[]
  lang: Language
}) {
  const t = paperMessages[options.lang]
  const l = (text: { vi: string; en: string }) => localize(text, options.lang)
  const fields = paperFields(options.definition)
  const scale = options.definition.scale
  const number = (field: PaperField) => fields.indexOf(field) + 1
  const box = (code: number) => html`<span class="box" aria-hidden="true"></span><span class="code">${code}</span>`

  const choiceRow = (field: PaperField): Html =>
    html`<tr class="choice-row"><th scope="row"><span class="n">${number(field)}.</span> ${l(field.label)}</th><td colspan="${scale.length}"><div class="options">${field.options.map(
      (o) => html`<span class="option">${box(o.code)} ${l(o.label)}</span>`,
    )}</div></td></tr>`

  const grid: Html[] = []
  let group: string | undefined
  for (const field of fields) {
    if (field.kind === 'scale' && field.group && l(field.group) !== group) {
      group = l(field.group)
      grid.push(
        html`<tr class="group"><th colspan="${scale.length + 1}">${group}${field.onlyIfFeedback ? html` <small>— ${t.noAnswerNote}</small>` : ''}</th></tr>`,
      )
    }
    // a scale printed under the grid's headers only when it is the grid's scale (the one-stop overall rating is not)
    const onGridScale = field.options.length === scale.length && field.options.every((o, i) => o.value === scale[i]!.value && l(o.label) === l(scale[i]!.label))
    if (field.kind === 'scale' && !onGridScale) grid.push(choiceRow(field))
    else if (field.kind === 'scale') {
      grid.push(
        html`<tr><th scope="row"><span class="n">${number(field)}.</span> ${l(field.label)}</th>${field.options.map((o) => html`<td>${box(o.code)}</td>`)}</tr>`,
      )
    } else if (field.key === 'gaveFeedback') grid.push(choiceRow(field))
  }
  const rest = fields.filter((f) => f.kind !== 'scale' && f.key !== 'gaveFeedback')

  const restBlock = (field: PaperField): Html => {
    if (field.kind === 'text') return html`<div class="q"><p><span class="n">${number(field)}.</span> ${l(field.label)}</p><div class="lines"></div></div>`
    return html`<div class="q"><p><span class="n">${number(field)}.</span> ${l(field.label)}</p><div class="options">${field.options.map(
      (o) => html`<span class="option">${box(o.code)} ${l(o.label)}</span>`,
    )}</div></div>`
  }

  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<title>${options.unitName} — ${t.pageTitle} (${options.forms.length})</title>
<style>
  @page { size: A4 portrait; margin: 6mm 8mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif; color: #000; font-size: 10pt; line-height: 1.15; }
  .form { min-height: 284mm; display: flex; flex-direction: column; gap: 1.2mm; break-after: page; }
  .form:last-child { break-after: auto; }
  header { display: flex; gap: 4mm; align-items: center; border-bottom: 0.6mm solid #000; padding-bottom: 1mm; }
  header .titles { flex: 1; }
  .unit { font-size: 11pt; font-weight: 700; text-transform: uppercase; }
  h1 { font-size: 15pt; margin: 0.3mm 0; }
  .campaign { font-size: 9.5pt; }
  .serial { display: flex; gap: 2mm; align-items: center; text-align: right; }
  .serial svg { width: 22mm; height: 22mm; display: block; }
  .serial-number { font-family: 'DejaVu Sans Mono', monospace; font-size: 14pt; font-weight: 700; letter-spacing: 0.05em; }
  .serial-label { font-size: 8pt; }
  .instruction { font-size: 11pt; font-weight: 700; margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.3mm solid #000; padding: 0.3mm 1.2mm; }
  thead th { font-size: 7pt; font-weight: 700; text-align: center; vertical-align: bottom; width: 14mm; line-height: 1.05; }
  thead th.criterion { width: auto; text-align: left; }
  tbody th { font-weight: 400; text-align: left; font-size: 10pt; }
  tr.group th { background: #e6e6e6; font-weight: 700; font-size: 9pt; padding: 0.1mm 1.2mm; }
  tr.group small { font-weight: 400; font-size: 8pt; }
  td { text-align: center; white-space: nowrap; }
  .box { display: inline-block; width: 4.4mm; height: 4.4mm; border: 0.4mm solid #000; vertical-align: middle; background: #fff; }
  .code { font-size: 6.5pt; vertical-align: top; margin-left: 0.4mm; color: #333; }
  .n { font-weight: 700; }
  .choice-row td { text-align: left; }
  .options { display: flex; flex-wrap: wrap; gap: 0.6mm 3.5mm; }
  .option { white-space: nowrap; font-size: 9pt; }
  .rest .box { width: 3.8mm; height: 3.8mm; }
  .rest { display: flex; flex-direction: column; gap: 0.8mm; }
  .q { display: flex; flex-wrap: wrap; gap: 0.6mm 3mm; align-items: baseline; }
  .q p { margin: 0; font-size: 9pt; font-weight: 700; }
  .q .options { display: contents; }
  .lines { flex-basis: 100%; height: 8mm; background: repeating-linear-gradient(transparent 0 4.2mm, #999 4.2mm 4.5mm); }
  footer { margin-top: auto; font-size: 8.5pt; text-align: center; }
  @media screen { body { background: #eef1f5; } .form { background: #fff; width: 210mm; margin: 1rem auto; padding: 6mm 8mm; min-height: 297mm; box-shadow: 0 1px 6px #0002; } }
  @media screen and (max-width: 220mm) { .form { width: auto; min-height: 0; margin: 0 0 1rem; padding: 4mm; } }
</style>
</head>
<body>
${options.forms.map(
  (form) => html`<section class="form" aria-label="${t.serial} ${formatSerial(form.serial)}">
  <header>
    <div class="titles">
      <div class="unit">${options.unitName}</div>
      <h1>${t.title}</h1>
      <div class="campaign">${options.campaignName}</div>
    </div>
    <div class="serial">
      <div><div class="serial-label">${t.serial}</div><div class="serial-number">${formatSerial(form.serial)}</div></div>
      ${raw(form.qrSvg)}
    </div>
  </header>
  <p class="instruction">${t.instruction}</p>
  <table>
    <thead><tr><th class="criterion">${t.criterion}</th>${scale.map((p) => html`<th>${l(p.label)}</th>`)}</tr></thead>
    <tbody>${grid}</tbody>
  </table>
  <div class="rest">${rest.map(restBlock)}</div>
  <footer>${t.anonymous} ${t.thanks}</footer>
</section>`,
)}
</body>
</html>`
}
