import { useEffect, useState } from 'preact/hooks'
import { endpoints } from '../../shared/api/endpoints'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { ApiClientError, call } from '../api/client'
import { keepForOffline } from './page'

export type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; survey: PublicSurvey }
  | { state: 'not-found' }
  | { state: 'not-started'; startsOn: string }
  | { state: 'gone' }
  | { state: 'unreachable' }

const RELOAD_MS = 10_000

/**
 * The survey in the chosen language (`null`: the link's first); while the server cannot be
 * reached, the last one loaded stays on screen.
 */
export function useSurvey(code: string, lang: string | null, preview: boolean): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    async function load() {
      try {
        const survey = await call(endpoints.public.survey, { params: { code }, query: { lang: lang ?? undefined, preview: preview ? '1' : undefined } })
        if (cancelled) return
        setLoaded({ state: 'ready', survey })
        keepForOffline(code, survey.languages)
      } catch (error) {
        if (cancelled) return
        const status = error instanceof ApiClientError ? error.status : 0
        const startsOn = error instanceof ApiClientError && error.code === 'survey_not_started' ? error.fields.startsOn : undefined
        if (startsOn) setLoaded({ state: 'not-started', startsOn })
        else if (status === 410) setLoaded({ state: 'gone' })
        else if (status >= 400 && status < 500 && status !== 408 && status !== 429) setLoaded({ state: 'not-found' })
        else {
          setLoaded((previous) => (previous.state === 'ready' ? previous : { state: 'unreachable' }))
          timer = setTimeout(() => void load(), RELOAD_MS)
        }
      }
    }
    void load()
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [code, lang, preview])
  return loaded
}
