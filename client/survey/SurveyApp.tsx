import { useEffect } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { formatDate } from '../i18n/format'
import type { Send } from './delivery'
import { Kiosk } from './Kiosk'
import { LanguageSwitch } from './LanguageSwitch'
import { useChosenLanguage } from './language'
import { PreviewBanner, StaffIndicator } from './notes'
import { Phone } from './Phone'
import type { SurveyMode } from './page'
import { SurveyContext, type SurveyContextValue, useSurveyT } from './survey-context'
import { useOutbox } from './use-outbox'
import { type Loaded, useSurvey } from './use-survey'

const previewSend: Send = async () => ({ delivered: Promise.resolve({ kind: 'preview' }) })

/** Loading, not found, not started, ended, unreachable: one line, and the language switch. */
function Notice({ loaded, mode }: { loaded: Exclude<Loaded, { state: 'ready' }>; mode: SurveyMode }) {
  const t = useSurveyT()
  const lang = useChosenLanguage()
  const message =
    loaded.state === 'not-started'
      ? t('notStarted', { date: formatDate(loaded.startsOn, lang === 'en' ? 'en' : 'vi') })
      : { loading: t('loading'), 'not-found': t('notFound'), gone: t('gone'), unreachable: t('unreachable') }[loaded.state]
  return (
    <main class={`notice ${mode}`}>
      <LanguageSwitch />
      <p role={loaded.state === 'loading' ? 'status' : 'alert'}>{message}</p>
    </main>
  )
}

const contextOf = (survey: PublicSurvey): SurveyContextValue => ({
  lang: survey.lang,
  messages: survey.messages,
  recordings: survey.recordings,
  readAloud: survey.readAloud,
})

export function SurveyApp({
  mode,
  code,
  receiptCode,
  preview = false,
}: {
  mode: SurveyMode
  code: string
  receiptCode?: string | undefined
  preview?: boolean
}) {
  const loaded = useSurvey(code, useChosenLanguage(), preview)
  const outbox = useOutbox(code)
  const ready = loaded.state === 'ready' ? loaded.survey : null
  const send = ready?.preview ? previewSend : outbox.send
  const context = ready ? contextOf(ready) : { lang: 'vi', recordings: {}, readAloud: false }
  return (
    <SurveyContext.Provider value={context}>
      {ready?.preview && <PreviewBanner />}
      {ready ? (
        <ReadySurvey survey={ready} mode={mode} send={send} receiptCode={receiptCode} />
      ) : (
        <Notice loaded={loaded as Exclude<Loaded, { state: 'ready' }>} mode={mode} />
      )}
      <StaffIndicator status={outbox.status} mode={mode} />
    </SurveyContext.Provider>
  )
}

function ReadySurvey({ survey, mode, send, receiptCode }: { survey: PublicSurvey; mode: SurveyMode; send: Send; receiptCode?: string | undefined }) {
  const t = useSurveyT()
  useEffect(() => {
    document.documentElement.lang = survey.lang
    document.title = `${survey.unit.name} · ${t('title')}`
  }, [survey])
  return mode === 'kiosk' ? <Kiosk survey={survey} send={send} /> : <Phone survey={survey} send={send} receiptCode={receiptCode} />
}
