import { useEffect, useRef, useState } from 'preact/hooks'
import { estimatedMinutes } from '../../shared/questionnaires/duration'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { buildSubmission, emptyAnswers, newClientId } from './answers'
import type { Delivery, Send } from './delivery'
import { FollowUp } from './FollowUp'
import { LanguageSwitch } from './LanguageSwitch'
import { DeliveryNote } from './notes'
import { PhoneQuestions } from './PhoneQuestions'
import { Speaker } from './Speaker'
import { useSurveyT } from './survey-context'
import { TextSize } from './TextSize'

/** The phone page: the whole questionnaire on one scrolling form, light enough for a cheap phone on a slow network. */
export function Phone({ survey, send, receiptCode }: { survey: PublicSurvey; send: Send; receiptCode?: string | undefined }) {
  const t = useSurveyT()
  const q = survey.questionnaire
  const [state, setState] = useState(emptyAnswers)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<Delivery | 'storage' | null>(null)
  const [done, setDone] = useState<Delivery | null>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  const thanksRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (error) alertRef.current?.focus()
  }, [error])
  useEffect(() => {
    if (done) thanksRef.current?.focus()
  }, [done])

  async function submit(event: Event) {
    event.preventDefault()
    setSending(true)
    setError(null)
    try {
      const { delivered } = await send(buildSubmission(q, state, { clientId: newClientId(), answeredAt: new Date().toISOString(), receiptCode }))
      const outcome = await delivered
      if (outcome.kind === 'rejected') setError(outcome)
      else setDone(outcome)
    } catch {
      setError('storage')
    } finally {
      setSending(false)
    }
  }

  const header = (
    <header class="phone-header">
      <div>
        <p class="unit">{survey.unit.name}</p>
        <p class="campaign">{survey.campaign.name}</p>
      </div>
      <div class="phone-tools">
        <TextSize />
        <LanguageSwitch languages={survey.languages} />
      </div>
    </header>
  )

  if (done) {
    return (
      <main class="phone">
        {header}
        <section class="thanks-card">
          <h1 tabIndex={-1} ref={thanksRef}>
            {t('thanks')}
          </h1>
          <DeliveryNote delivery={done} />
          <FollowUp delivery={done} commented={state.comment.trim() !== ''} />
        </section>
      </main>
    )
  }

  const minutes = estimatedMinutes(q)
  return (
    <main class="phone">
      {header}
      <form onSubmit={submit} noValidate>
        <h1>{t('title')}</h1>
        <p class="intro">{q.intro}</p>
        <Speaker texts={[{ key: 'intro', text: q.intro }]} />
        <p class="hint">
          {minutes === 0 ? t('durationUnderMinute') : t('duration', { minutes })} {t('anonymous')}
        </p>
        <PhoneQuestions questionnaire={q} state={state} update={setState} />
        {error && (
          <div class="error" role="alert" tabIndex={-1} ref={alertRef}>
            {error === 'storage' ? <p>{t('storageFailed')}</p> : <DeliveryNote delivery={error} />}
          </div>
        )}
        <button type="submit" class="primary big send" disabled={sending}>
          {sending ? t('sending') : t('send')}
        </button>
      </form>
    </main>
  )
}
