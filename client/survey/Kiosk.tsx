import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { getLanguage, setLanguage, useLanguage } from '../i18n/language'
import { useT } from '../i18n/translate'
import { buildSubmission, emptyAnswers, kioskSteps, newClientId, setAnswer, toggleExpectation, type AnswerState, type Step } from './answers'
import { messages } from './messages'
import { AboutQuestions, ChoiceQuestion, ExpectationsQuestion, FeedbackQuestion, ScaleQuestion } from './questions'
import { LanguageSwitch, type Send } from './SurveyApp'

const THANKS_SECONDS = 8
const IDLE_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll'] as const

/** Calls `onIdle` after `seconds` without a touch, a key or a scroll, while `active`. */
function useIdleTimer(active: boolean, seconds: number, onIdle: () => void) {
  useEffect(() => {
    if (!active) return
    let timer = setTimeout(onIdle, seconds * 1000)
    const poke = () => {
      clearTimeout(timer)
      timer = setTimeout(onIdle, seconds * 1000)
    }
    for (const name of IDLE_EVENTS) document.addEventListener(name, poke, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const name of IDLE_EVENTS) document.removeEventListener(name, poke, { capture: true })
    }
  }, [active, seconds, onIdle])
}

function StepView({ step, survey, state, update }: { step: Step; survey: PublicSurvey; state: AnswerState; update: (next: AnswerState) => void }) {
  const t = useT(messages)
  const q = survey.questionnaire
  switch (step.kind) {
    case 'element':
      return (
        <>
          <h1 tabIndex={-1}>{step.element.label}</h1>
          {step.element.criteria.map((criterion) => (
            <ScaleQuestion
              key={criterion.key}
              name={criterion.key}
              legend={criterion.label}
              scale={q.scale}
              value={state.answers[criterion.key]}
              onChange={(value) => update(setAnswer(state, criterion.key, value))}
            />
          ))}
        </>
      )
    case 'feedback':
      return (
        <div class="solo">
          <FeedbackQuestion legend={q.feedbackQuestion!} value={state.gaveFeedback} onChange={(gaveFeedback) => update({ ...state, gaveFeedback })} />
        </div>
      )
    case 'overall':
      return (
        <div class="solo">
          <ScaleQuestion name="overall" legend={q.overall!.label} scale={q.overall!.scale} value={state.overall} onChange={(overall) => update({ ...state, overall })} />
        </div>
      )
    case 'expectations':
      return (
        <div class="solo">
          <ExpectationsQuestion expectations={q.expectations!} chosen={state.expectations} onToggle={(key) => update(toggleExpectation(state, key, q.expectations!.max))} />
        </div>
      )
    case 'perceptions':
      return (
        <>
          <h1 tabIndex={-1}>{t('perceptions')}</h1>
          {q.perceptions.map((item) => (
            <ChoiceQuestion
              key={item.key}
              name={`perception-${item.key}`}
              legend={item.label}
              options={item.options}
              value={state.perceptions[item.key]}
              onChange={(key) => update({ ...state, perceptions: { ...state.perceptions, [item.key]: key } })}
            />
          ))}
        </>
      )
    case 'about':
      return (
        <>
          <h1 tabIndex={-1}>{t('about')}</h1>
          <p class="hint">{t('aboutHint')}</p>
          <AboutQuestions
            questionnaire={q}
            serviceField={state.serviceField}
            demographics={state.demographics}
            comment={state.comment}
            onServiceField={(serviceField) => update({ ...state, serviceField })}
            onDemographic={(itemKey, optionKey) => update({ ...state, demographics: { ...state.demographics, [itemKey]: optionKey } })}
            onComment={(comment) => update({ ...state, comment })}
          />
        </>
      )
  }
}

/**
 * The kiosk at the desk: a start screen, one screen per step, a thank-you screen, and back to the
 * start (in Vietnamese, with nothing of the last citizen's answers) after each answer or when idle.
 */
export function Kiosk({ survey, send }: { survey: PublicSurvey; send: Send }) {
  const t = useT(messages)
  const lang = useLanguage()
  const [phase, setPhase] = useState<'start' | 'steps' | 'thanks'>('start')
  const [index, setIndex] = useState(0)
  const [state, setState] = useState(emptyAnswers)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [countdown, setCountdown] = useState(THANKS_SECONDS)
  const screen = useRef<HTMLElement>(null)

  const steps = kioskSteps(survey.questionnaire, state)
  const current = Math.min(index, steps.length - 1)
  const step = steps[current]!

  const reset = useCallback(() => {
    setState(emptyAnswers())
    setIndex(0)
    setError(null)
    setPhase('start')
    if (getLanguage() !== 'vi') setLanguage('vi')
  }, [])
  // also when a citizen switched the start screen to English and walked away
  useIdleTimer(phase === 'steps' || (phase === 'start' && lang !== 'vi'), survey.idleResetSeconds, reset)

  useEffect(() => {
    if (phase !== 'thanks') return
    const timer = setInterval(() => setCountdown((seconds) => seconds - 1), 1000)
    return () => clearInterval(timer)
  }, [phase])
  useEffect(() => {
    if (phase === 'thanks' && countdown <= 0) reset()
  }, [phase, countdown, reset])

  // each screen starts at its top, with focus on its heading for screen readers
  useEffect(() => {
    window.scrollTo(0, 0)
    screen.current?.querySelector<HTMLElement>('h1, legend')?.focus()
  }, [phase, current])

  function begin() {
    if (!document.fullscreenElement) Promise.resolve(document.documentElement.requestFullscreen?.()).catch(() => undefined)
    setPhase('steps')
  }

  async function submit() {
    setSending(true)
    try {
      await send(buildSubmission(survey.questionnaire, state, { clientId: newClientId(), answeredAt: new Date().toISOString() }), false)
      setState(emptyAnswers())
      setCountdown(THANKS_SECONDS)
      setPhase('thanks')
    } catch {
      setError(t('storageFailed'))
    } finally {
      setSending(false)
    }
  }

  if (phase === 'start') {
    return (
      <main class="kiosk start" ref={screen}>
        <header class="kiosk-bar">
          <span class="unit">{survey.unit.name}</span>
          <LanguageSwitch />
        </header>
        <section class="welcome">
          <h1 tabIndex={-1}>{t('title')}</h1>
          <p class="intro">{survey.questionnaire.intro}</p>
          <button type="button" class="primary big" onClick={begin}>
            {t('start')}
          </button>
          <p class="hint">
            {t('duration')} {t('anonymous')}
          </p>
        </section>
      </main>
    )
  }

  if (phase === 'thanks') {
    return (
      <main class="kiosk thanks" ref={screen}>
        <section class="welcome">
          <h1 tabIndex={-1}>{t('thanks')}</h1>
          <p class="intro">{t('recorded')}</p>
          <p class="hint" aria-live="off">
            {t('resetIn', { seconds: Math.max(0, countdown) })}
          </p>
          <button type="button" class="primary big" onClick={reset}>
            {t('done')}
          </button>
        </section>
      </main>
    )
  }

  const last = current === steps.length - 1
  return (
    <main class="kiosk steps" ref={screen}>
      <header class="kiosk-bar">
        <span class="unit">{survey.unit.name}</span>
        <div class="progress" role="progressbar" aria-valuemin={1} aria-valuemax={steps.length} aria-valuenow={current + 1} aria-valuetext={t('progress', { current: current + 1, total: steps.length })}>
          <span>{t('progress', { current: current + 1, total: steps.length })}</span>
          <span class="bar">
            <span style={{ width: `${((current + 1) / steps.length) * 100}%` }} />
          </span>
        </div>
        <LanguageSwitch />
      </header>
      <form
        class="step"
        onSubmit={(event) => {
          event.preventDefault()
          if (last) void submit()
          else setIndex(current + 1)
        }}
      >
        <StepView step={step} survey={survey} state={state} update={setState} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <nav class="step-nav">
          {current > 0 ? (
            <button type="button" class="secondary big" onClick={() => setIndex(current - 1)}>
              {t('back')}
            </button>
          ) : (
            <span />
          )}
          <button type="submit" class="primary big" disabled={sending}>
            {last ? (sending ? t('sending') : t('send')) : t('next')}
          </button>
        </nav>
      </form>
    </main>
  )
}
