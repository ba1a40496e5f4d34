import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { CaseStatus } from '../../shared/cases/schemas'
import { LANGUAGES, type Language } from '../../shared/languages'
import { followUpMessages } from './follow-up-messages'

export interface FollowUpView {
  code: string
  unitName: string
  status: CaseStatus
  openedOn: string
  dueOn: string
  publicReply: string | null
}

export type FollowUpPage = { kind: 'case'; view: FollowUpView } | { kind: 'not-found'; typed: string } | { kind: 'too-many'; minutes: number }

const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' }

function formatDay(date: string, lang: Language): string {
  const [year, month, day] = date.split('-')
  return lang === 'vi' ? `${day}/${month}/${year}` : new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
}

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2433; background: #f4f6f8; line-height: 1.5; }
  main { max-width: 36rem; margin: 0 auto; padding: 1rem; }
  nav { display: flex; gap: .5rem; justify-content: flex-end; }
  nav a { color: #0b5e43; padding: .5rem; }
  .card { background: #fff; border-radius: .5rem; padding: 1.25rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin: .25rem 0 1rem; }
  .code { font-family: 'DejaVu Sans Mono', monospace; font-size: 1.5rem; letter-spacing: .12em; font-weight: 700; }
  .status { font-size: 1.1rem; font-weight: 600; color: #0b5e43; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; margin: 1rem 0; }
  dt { color: #4a5568; }
  dd { margin: 0; }
  .reply { white-space: pre-wrap; background: #eef7f2; border-left: 4px solid #0b6e4f; padding: .75rem 1rem; border-radius: .25rem; }
  .muted { color: #4a5568; font-size: .9rem; }
  form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-top: 1rem; }
  label { display: block; font-weight: 600; width: 100%; }
  input { font: inherit; font-size: 1.2rem; padding: .5rem; width: 12rem; text-transform: uppercase; border: 1px solid #4a5568; border-radius: .25rem; }
  button { font: inherit; padding: .55rem 1.2rem; background: #0b6e4f; color: #fff; border: 0; border-radius: .25rem; }
`

function body(page: FollowUpPage, lang: Language): { title: string; content: HtmlEscapedString | Promise<HtmlEscapedString> } {
  const t = followUpMessages[lang]
  if (page.kind === 'too-many')
    return { title: t.tooManyTitle, content: html`<h1>${t.tooManyTitle}</h1><p role="alert">${t.tooMany.replace('{minutes}', String(page.minutes))}</p>` }
  if (page.kind === 'not-found') {
    return {
      title: t.notFoundTitle,
      content: html`<h1>${t.notFoundTitle}</h1>
<p role="alert">${t.notFound}</p>
<form method="get" action="/f">
  <label for="code">${t.lookUpLabel}</label>
  <input id="code" name="code" value="${page.typed}" maxlength="12" autocomplete="off" autocapitalize="characters" spellcheck="false">
  <input type="hidden" name="lang" value="${lang}">
  <button type="submit">${t.lookUp}</button>
</form>`,
    }
  }
  const { view } = page
  return {
    title: t.title,
    content: html`<h1>${t.title}</h1>
<p class="status" role="status">${t[`status.${view.status}`]}</p>
<dl>
  <dt>${t.code}</dt><dd class="code">${view.code}</dd>
  <dt>${t.unit}</dt><dd>${view.unitName}</dd>
  <dt>${t.openedOn}</dt><dd>${formatDay(view.openedOn, lang)}</dd>
  <dt>${t.dueOn}</dt><dd>${formatDay(view.dueOn, lang)}</dd>
</dl>
<h2>${t.reply}</h2>
${view.publicReply === null ? html`<p class="muted">${t.noReply}</p>` : html`<p class="reply" lang="vi">${view.publicReply}</p>`}
<p class="muted">${t.privacy}</p>`,
  }
}

/** The public follow-up page of a case (or its friendly 404 / 429), server-rendered, no script. */
export function renderFollowUpPage(page: FollowUpPage, lang: Language, path: string) {
  const { title, content } = body(page, lang)
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — Hài Lòng</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main>
<nav aria-label="${followUpMessages[lang].language}">
${LANGUAGES.filter((other) => other !== lang).map((other) => html`<a href="${path}?lang=${other}" lang="${other}" hreflang="${other}">${LANGUAGE_NAMES[other]}</a>`)}
</nav>
<div class="card">
${content}
</div>
</main>
</body>
</html>`
}
