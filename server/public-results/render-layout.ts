import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { Language } from '../../shared/i18n'
import { fill, publicMessages } from './messages'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

/** `?lang=en` on English pages; Vietnamese, the default, has no parameter. */
export const withLang = (path: string, lang: Language) => (lang === 'vi' ? path : `${path}?lang=${lang}`)

export function siteTitle(lang: Language, provinceName: string): string {
  const t = publicMessages[lang]
  return provinceName ? fill(t.siteTitleOf, { province: provinceName }) : t.siteTitle
}

// No script and one small style sheet: the page is readable as soon as its HTML arrives, on any phone.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:'Noto Sans','Segoe UI',Roboto,Arial,'Liberation Sans',sans-serif;color:#1d2433;background:#f4f6f8;line-height:1.5}
header{background:#0b5c42;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
header a{color:#fff}
header .site{font-weight:700;text-decoration:none;font-size:1.05rem}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
section.card>h2:first-child{margin-top:0}
section.card{background:#fff;border-radius:8px;padding:1rem;margin:1rem 0;box-shadow:0 1px 3px #0002}
.muted{color:#4f5868}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
caption{text-align:left;color:#4f5868;font-size:.9rem;padding-bottom:.5rem}
th,td{text-align:left;padding:.45rem .4rem;border-bottom:1px solid #dde2e8;vertical-align:top}
th{font-size:.85rem;color:#4f5868}
td.num,th.num{text-align:right;white-space:nowrap}
.figure{font-weight:700}
.interval{display:block;font-size:.8rem;color:#4f5868;font-weight:400}
.badge{display:inline-block;border:1px solid #8a5a00;color:#6b4600;border-radius:4px;padding:0 .3rem;font-size:.75rem;margin-left:.25rem}
.hidden-note{font-size:.85rem;color:#4f5868}
ul.campaigns{list-style:none;padding:0;margin:0}
ul.campaigns li{background:#fff;border-radius:8px;padding:1rem;margin:.75rem 0;box-shadow:0 1px 3px #0002}
ul.campaigns a{font-weight:700;font-size:1.1rem}
.headline{font-size:1.35rem;font-weight:700;margin:.25rem 0}
.note{white-space:pre-line;border-left:4px solid #0b5c42;padding-left:.75rem}
.downloads a{display:inline-block;margin:.25rem .75rem .25rem 0}
a{color:#0a5a9c}
footer{max-width:60rem;margin:0 auto;padding:1rem;font-size:.85rem;color:#4f5868}
@media (max-width:480px){main{padding:.5rem}h1{font-size:1.25rem}th,td{padding:.4rem .25rem}.hide-narrow{display:none}}
`

/** The frame of every public results page: title, language switch, the licence in the footer. */
export function renderLayout(options: { lang: Language; title: string; path: string; provinceName: string; licence: string; body: Html }): Html {
  const t = publicMessages[options.lang]
  const other: Language = options.lang === 'vi' ? 'en' : 'vi'
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header>
  <a class="site" href="${withLang('/ket-qua', options.lang)}">${siteTitle(options.lang, options.provinceName)}</a>
  <a href="${withLang(options.path, other)}" lang="${other}" hreflang="${other}">${t.switchLanguage}</a>
</header>
<main>
${options.body}
</main>
<footer><p>${fill(t.licenceLine, { licence: options.licence })}</p></footer>
</body>
</html>`
}
