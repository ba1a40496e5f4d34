import { Fragment } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { estimatedMinutes } from '../../shared/questionnaires/duration'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { useT } from '../i18n/translate'
import { buildSubmission, emptyAnswers, isElementShown, newClientId, setAnswer, toggleExpectation } from './answers'
import { messages } from './messages'
import { AboutQuestions, ChoiceQuestion, ExpectationsQuestion, FeedbackQuestion, ScaleQuestion } from './questions'
import { type Delivery, DeliveryNote, LanguageSwitch, type Send } from './SurveyApp'

/** The phone page: the whole questionnaire on one scrolling form, light enough for a cheap phone on a slow network. */
export function Phone({ survey, send, receiptCode }: { survey: PublicSurvey; send: Send; receiptCode?: string | undefined }) {
  const t = useT(messages)
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
          <DeliveryNote delivery={done} />
        </section>
      </main>
    )
  }

  let feedbackAsked = false
  const minutes = estimatedMinutes(q)
  return (
    <main class="phone">
      {header}
      <form onSubmit={submit} noValidate>
        <h1>{t('title')}</h1>
        <p class="intro">{q.intro}</p>
        <p class="hint">
          {minutes === 0 ? t('durationUnderMinute') : t('duration', { minutes })} {t('anonymous')}
        </p>
        {q.elements.map((element) => {
          const askFeedback = element.onlyIf === 'gaveFeedback' && !feedbackAsked && q.feedbackQuestion
          if (askFeedback) feedbackAsked = true
          return (
            <Fragment key={element.key}>
              {askFeedback && (
                <FeedbackQuestion legend={q.feedbackQuestion!} value={state.gaveFeedback} onChange={(gaveFeedback) => setState({ ...state, gaveFeedback })} />
              )}
              {isElementShown(element, state) && (
                <section class="element" aria-labelledby={`element-${element.key}`}>
                  <h2 id={`element-${element.key}`}>{element.label}</h2>
                  {element.criteria.map((criterion) => (
                    <ScaleQuestion
                      key={criterion.key}
                      name={criterion.key}
                      legend={criterion.label}
                      scale={q.scale}
                      levels={criterion.levels}
                      value={state.answers[criterion.key]}
                      onChange={(value) => setState(setAnswer(state, criterion.key, value))}
                    />
                  ))}
                </section>
              )}
            </Fragment>
          )
        })}
        {q.overall && (
          <ScaleQuestion
            name="overall"
            legend={q.overall.label}
            scale={q.overall.scale}
            satisfiedValues={q.overall.satisfiedValues}
            value={state.overall}
            onChange={(overall) => setState({ ...state, overall })}
          />
        )}
        {q.expectations && (
          <ExpectationsQuestion
            expectations={q.expectations}
            chosen={state.expectations}
            onToggle={(key) => setState(toggleExpectation(state, key, q.expectations!.max))}
          />
        )}
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
