import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Language } from '../../shared/i18n'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { ApiClientError, api } from '../api/client'
import { formatDate } from '../i18n/format'
import { setLanguage, useLanguage } from '../i18n/language'
import { useT } from '../i18n/translate'
import { Kiosk } from './Kiosk'
import { messages } from './messages'
import { Outbox, type OutboxStatus, type SendOutcome, startSync } from './outbox'
import { Phone } from './Phone'
import { surveyApiPath } from './page'

export type SurveyMode = 'kiosk' | 'phone'

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; survey: PublicSurvey }
  | { state: 'not-found' }
  | { state: 'not-started'; startsOn: string }
  | { state: 'gone' }
  | { state: 'unreachable' }

const RELOAD_MS = 10_000

/** The survey in the current language; while the server cannot be reached, the last one loaded stays on screen. */
function useSurvey(code: string, lang: Language, preview: boolean): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    async function load() {
      try {
        const survey = await api<PublicSurvey>(surveyApiPath(code), { query: { lang, preview: preview ? 1 : undefined } })
        if (!cancelled) setLoaded({ state: 'ready', survey })
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

/** What became of an answer: the outbox's first attempt (`retry`: it stays queued), or nothing sent in a preview. */
export type Delivery = SendOutcome | { kind: 'preview' }

/**
 * `send(body)` resolves once the answer is safely in IndexedDB; its `delivered` settles after one
 * attempt to deliver it, with what the server said.
 */
export type Send = (body: ResponseSubmissionInput) => Promise<{ delivered: Promise<Delivery> }>

const previewSend: Send = async () => ({ delivered: Promise.resolve({ kind: 'preview' }) })

function useOutbox(code: string): { status: OutboxStatus; send: Send } {
  const [status, setStatus] = useState<OutboxStatus>({ queued: 0, rejected: 0 })
  const ready = useMemo(() => Outbox.open().then((outbox) => ({ outbox, sync: startSync(outbox, setStatus) })), [])
  useEffect(() => () => void ready.then(({ outbox, sync }) => (sync.stop(), outbox.close())), [ready])
  const send: Send = async (body) => {
    const { outbox, sync } = await ready
    await outbox.add(code, body)
    void sync.refresh()
    return { delivered: sync.flushNow().then((outcomes) => outcomes.get(body.clientId) ?? { kind: 'retry' }) }
  }
  return { status, send }
}

export function LanguageSwitch() {
  const t = useT(messages)
  const lang = useLanguage()
  return (
    <div class="language-switch" role="group" aria-label={t('language')}>
      {(['vi', 'en'] as const).map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={lang === option} onClick={() => setLanguage(option)}>
          {option === 'vi' ? 'Tiếng Việt' : 'English'}
        </button>
      ))}
    </div>
  )
}

/** A corner mark for staff: how many answers wait in the outbox, how many the server refused. */
function StaffIndicator({ status, mode }: { status: OutboxStatus; mode: SurveyMode }) {
  const t = useT(messages)
  if (mode === 'phone' && status.queued === 0 && status.rejected === 0) return null
  const label = [
    status.queued > 0 ? t('staffQueued', { count: status.queued }) : t('staffAllSent'),
    status.rejected > 0 ? t('staffRejected', { count: status.rejected }) : '',
  ]
    .filter(Boolean)
    .join('. ')
  return (
    <div class="staff-indicator" role="status" title={label} aria-label={label} data-queued={status.queued} data-rejected={status.rejected}>
      <span aria-hidden="true">
        {status.queued > 0 ? `↻ ${status.queued}` : '•'}
        {status.rejected > 0 ? ` ⚠ ${status.rejected}` : ''}
      </span>
    </div>
  )
}

/** What the kiosk or phone says became of an answer, in the catalog's words (never the server's English message). */
export function DeliveryNote({ delivery }: { delivery: Delivery | null }) {
  const t = useT(messages)
  let text: string
  if (delivery === null) text = t('delivering')
  else if (delivery.kind === 'preview') text = t('previewNotSent')
  else if (delivery.kind === 'retry') text = t('savedOffline')
  else if (delivery.kind === 'accepted') text = delivery.receipt === 'unverified' ? t('recordedUnverified') : t('recorded')
  else if (delivery.code === 'survey_not_started') text = t('refusedNotStarted')
  else if (delivery.code === 'survey_closed' || delivery.code === 'link_revoked') text = t('refusedClosed')
  else text = t('refused')
  return (
    <p class={`intro delivery ${delivery?.kind ?? 'delivering'}`} role="status" data-delivery={delivery?.kind ?? 'delivering'}>
      {text}
    </p>
  )
}

export function PreviewBanner() {
  const t = useT(messages)
  return (
    <p class="preview-banner" role="note">
      {t('previewBanner')}
    </p>
  )
}

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
  const t = useT(messages)
  const lang = useLanguage()
  const loaded = useSurvey(code, lang, preview)
  const outbox = useOutbox(code)
  const { status } = outbox
  const send = loaded.state === 'ready' && loaded.survey.preview ? previewSend : outbox.send
  useEffect(() => {
    if (loaded.state === 'ready') document.title = `${loaded.survey.unit.name} · ${t('title')}`
  }, [loaded, lang])

  let body
  if (loaded.state === 'ready') {
    body = mode === 'kiosk' ? <Kiosk survey={loaded.survey} send={send} /> : <Phone survey={loaded.survey} send={send} receiptCode={receiptCode} />
  } else {
    const message =
      loaded.state === 'not-started'
        ? t('notStarted', { date: formatDate(loaded.startsOn, lang) })
        : { loading: t('loading'), 'not-found': t('notFound'), gone: t('gone'), unreachable: t('unreachable') }[loaded.state]
    body = (
      <main class={`notice ${mode}`}>
        <LanguageSwitch />
        <p role={loaded.state === 'loading' ? 'status' : 'alert'}>{message}</p>
      </main>
    )
  }
  return (
    <>
      {loaded.state === 'ready' && loaded.survey.preview && <PreviewBanner />}
      {body}
      <StaffIndicator status={status} mode={mode} />
    </>
  )
}
