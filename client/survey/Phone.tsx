import { Fragment } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { useT } from '../i18n/translate'
import { buildSubmission, emptyAnswers, isElementShown, newClientId, setAnswer, toggleExpectation } from './answers'
import { messages } from './messages'
import { AboutQuestions, ChoiceQuestion, ExpectationsQuestion, FeedbackQuestion, ScaleQuestion } from './questions'
import { LanguageSwitch, type Send } from './SurveyApp'

/** The phone page: the whole questionnaire on one scrolling form, light enough for a cheap phone on a slow network. */
export function Phone({ survey, send, receiptCode }: { survey: PublicSurvey; send: Send; receiptCode?: string | undefined }) {
  const t = useT(messages)
  const q = survey.questionnaire
  const [state, setState] = useState(emptyAnswers)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<{ message: string; fields: string[] } | null>(null)
  const [done, setDone] = useState<'sent' | 'queued' | null>(null)
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
      const outcome = await send(buildSubmission(q, state, { clientId: newClientId(), answeredAt: new Date().toISOString(), receiptCode }), true)
      if (outcome.kind === 'rejected') setError({ message: t('rejected', { message: outcome.message }), fields: Object.entries(outcome.fields).map(([field, message]) => `${field}: ${message}`) })
      else setDone(outcome.kind === 'accepted' ? 'sent' : 'queued')
    } catch {
      setError({ message: t('storageFailed'), fields: [] })
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
      <LanguageSwitch />
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
          <p>{done === 'sent' ? t('recorded') : t('savedOffline')}</p>
        </section>
      </main>
    )
  }

  let feedbackAsked = false
  return (
    <main class="phone">
      {header}
      <form onSubmit={submit} noValidate>
        <h1>{t('title')}</h1>
        <p class="intro">{q.intro}</p>
        <p class="hint">{t('anonymous')}</p>
        {q.elements.map((element) => {
          const askFeedback = element.onlyIf === 'gaveFeedback' && !feedbackAsked && q.feedbackQuestion
          if (askFeedback) feedbackAsked = true
          return (
            <Fragment key={element.key}>
              {askFeedback && <FeedbackQuestion legend={q.feedbackQuestion!} value={state.gaveFeedback} onChange={(gaveFeedback) => setState({ ...state, gaveFeedback })} />}
              {isElementShown(element, state) && (
                <section class="element" aria-labelledby={`element-${element.key}`}>
                  <h2 id={`element-${element.key}`}>{element.label}</h2>
                  {element.criteria.map((criterion) => (
                    <ScaleQuestion
                      key={criterion.key}
                      name={criterion.key}
                      legend={criterion.label}
                      scale={q.scale}
                      value={state.answers[criterion.key]}
                      onChange={(value) => setState(setAnswer(state, criterion.key, value))}
                    />
                  ))}
                </section>
              )}
            </Fragment>
          )
        })}
        {q.overall && <ScaleQuestion name="overall" legend={q.overall.label} scale={q.overall.scale} value={state.overall} onChange={(overall) => setState({ ...state, overall })} />}
        {q.expectations && <ExpectationsQuestion expectations={q.expectations} chosen={state.expectations} onToggle={(key) => setState(toggleExpectation(state, key, q.expectations!.max))} />}
        {q.perceptions.length > 0 && (
          <section class="element" aria-labelledby="perceptions">
            <h2 id="perceptions">{t('perceptions')}</h2>
            {q.perceptions.map((item) => (
              <ChoiceQuestion
                key={item.key}
                name={`perception-${item.key}`}
                legend={item.label}
                options={item.options}
                value={state.perceptions[item.key]}
                onChange={(key) => setState({ ...state, perceptions: { ...state.perceptions, [item.key]: key } })}
              />
            ))}
          </section>
        )}
        {(q.serviceFields || q.demographics.length > 0 || q.comment) && (
          <section class="element" aria-labelledby="about">
            <h2 id="about">{t('about')}</h2>
            <AboutQuestions
              questionnaire={q}
              serviceField={state.serviceField}
              demographics={state.demographics}
              comment={state.comment}
              onServiceField={(serviceField) => setState({ ...state, serviceField })}
              onDemographic={(itemKey, optionKey) => setState({ ...state, demographics: { ...state.demographics, [itemKey]: optionKey } })}
              onComment={(comment) => setState({ ...state, comment })}
            />
          </section>
        )}
        {error && (
          <div class="error" role="alert" tabIndex={-1} ref={alertRef}>
            <p>{error.message}</p>
            {error.fields.length > 0 && (
              <ul>
                {error.fields.map((field) => (
                  <li key={field}>{field}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <button type="submit" class="primary big send" disabled={sending}>
          {sending ? t('sending') : t('send')}
        </button>
      </form>
    </main>
  )
}
