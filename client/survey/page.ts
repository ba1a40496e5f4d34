import { endpoints } from '../../shared/api/endpoints'
import { endpointUrl } from '../api/client'
/** A kiosk tablet at the desk (`/k/…`) or a citizen's phone (`/s/…`). */
export type SurveyMode = 'kiosk' | 'phone'

export interface SurveyPage {
  mode: SurveyMode
  code: string
  receiptCode?: string | undefined
  /** `?preview=1`: staff look at the link; nothing is sent. */
  preview: boolean
}

/** `/k/:code` is a kiosk, `/s/:code?r=<receipt code>` a phone; either with `?preview=1`. */
export function surveyPage(url: { pathname: string; search: string }): SurveyPage | null {
  const match = /^\/(k|s)\/([^/]+)\/?$/.exec(url.pathname)
  if (!match) return null
  const query = new URLSearchParams(url.search)
  const receiptCode = query.get('r')?.trim()
  return {
    mode: match[1] === 'k' ? 'kiosk' : 'phone',
    code: decodeURIComponent(match[2]!),
    receiptCode: receiptCode || undefined,
    preview: query.get('preview') === '1',
  }
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined)
}

/**
 * The service worker keeps the page and this survey in each of its languages, with their
 * recordings, for offline reloads. The page may have loaded before the worker took control,
 * so it is told what to keep.
 */
export function keepForOffline(code: string, languages: { code: string }[]): void {
  if (!('serviceWorker' in navigator)) return
  void navigator.serviceWorker.ready.then((registration) => {
    const survey = (lang?: string) => endpointUrl(endpoints.public.survey, { params: { code }, query: { lang } })
    registration.active?.postMessage({ type: 'keep', urls: [survey(), ...languages.map((l) => survey(l.code))] })
  })
}
