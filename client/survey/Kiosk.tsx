import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { estimatedMinutes } from '../../shared/questionnaires/duration'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { getLanguage, setLanguage, useLanguage } from '../i18n/language'
import { useT } from '../i18n/translate'
import {
  type AnswerState,
  buildSubmission,
  emptyAnswers,
  isStepShown,
  kioskSteps,
  newClientId,
  type Step,
  setAnswer,
  toggleExpectation,
  unansweredOnStep,
} from './answers'
import { messages } from './messages'
import { AboutQuestions, ChoiceQuestion, ExpectationsQuestion, FeedbackQuestion, ScaleQuestion } from './questions'
import { type Delivery, DeliveryNote, LanguageSwitch, type Send } from './SurveyApp'

const THANKS_SECONDS = 8
/** Height of the kiosk's bar, a step's heading and its buttons, and of one criterion row (see survey.css; words wrap more on a portrait screen). */
const STEP_CHROME_PX = 270
const ROW_PX = { landscape: 130, portrait: 160 }

/** How many criterion rows fit this screen: read when a citizen starts, so the step count holds until they finish. */
export function rowsPerStep(width = window.innerWidth, height = window.innerHeight): number {
  return Math.max(2, Math.floor((height - STEP_CHROME_PX) / ROW_PX[width < height ? 'portrait' : 'landscape']))
}
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
          <h1 tabIndex={-1}>
            {step.element.label}
            {step.parts > 1 && <span class="part"> {t('part', { part: step.part, parts: step.parts })}</span>}
          </h1>
          {step.criteria.map((criterion) => (
            <ScaleQuestion
              key={criterion.key}
              name={criterion.key}
              legend={criterion.label}
              scale={q.scale}
              levels={criterion.levels}
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
          <ScaleQuestion
            name="overall"
            legend={q.overall!.label}
            scale={q.overall!.scale}
            satisfiedValues={q.overall!.satisfiedValues}
            value={state.overall}
            onChange={(overall) => update({ ...state, overall })}
          />
        </div>
      )
    case 'expectations':
      return (
        <div class="solo">
          <ExpectationsQuestion
            expectations={q.expectations!}
            chosen={state.expectations}
            onToggle={(key) => update(toggleExpectation(state, key, q.expectations!.max))}
          />
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
            questionnaire={{
              ...q,
              serviceFields: step.serviceField ? q.serviceFields : undefined,
              demographics: step.demographics,
              comment: step.comment ? q.comment : undefined,
            }}
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

/** Asks before clearing a half-finished survey, so a stray tap does not wipe a citizen's answers. */
function RestartDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const t = useT(messages)
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="restart-question">
        <p id="restart-question">{t('restartQuestion')}</p>
        <div class="dialog-actions">
          <button type="button" class="secondary big" ref={keep} onClick={onCancel}>
            {t('restartCancel')}
          </button>
          <button type="button" class="primary big" onClick={onConfirm}>
            {t('restartConfirm')}
          </button>
        </div>
      </div>
    </div>
  )
}

/**
 * The kiosk at the desk: a start screen, one screen per step, a thank-you screen that says
 * what became of the answer, and back to the start (in Vietnamese, with nothing of the last
 * citizen's answers) after each answer, when idle, or on "Hủy / Làm lại".
 */
export function Kiosk({ survey, send }: { survey: PublicSurvey; send: Send }) {
  const t = useT(messages)
  const lang = useLanguage()
  const q = survey.questionnaire
  const [phase, setPhase] = useState<'start' | 'steps' | 'thanks'>('start')
  const [rows, setRows] = useState(() => rowsPerStep())
  const [index, setIndex] = useState(0)
  const [state, setState] = useState(emptyAnswers)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  /** The step whose unanswered questions the citizen was told about, and the step they chose to leave so. */
  const [warnedStep, setWarnedStep] = useState<number | null>(null)
  const [confirmingRestart, setConfirmingRestart] = useState(false)
  const [delivery, setDelivery] = useState<Delivery | null>(null)
  const [countdown, setCountdown] = useState(THANKS_SECONDS)
  const screen = useRef<HTMLElement>(null)
  const lastAnswer = useRef<string | null>(null)

  const steps = useMemo(() => kioskSteps(q, rows), [q, rows])
  const current = Math.min(index, steps.length - 1)
  const step = steps[current]!
  const nextShown = (from: number, direction: 1 | -1) => {
    for (let i = from + direction; i >= 0 && i < steps.length; i += direction) if (isStepShown(steps[i]!, state)) return i
    return null
  }
  const unanswered = phase === 'steps' ? unansweredOnStep(step, q, state) : []

  const reset = useCallback(() => {
    setState(emptyAnswers())
    setIndex(0)
    setError(null)
    setWarnedStep(null)
    setConfirmingRestart(false)
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
    setRows(rowsPerStep())
    if (!document.fullscreenElement) Promise.resolve(document.documentElement.requestFullscreen?.()).catch(() => undefined)
    setPhase('steps')
  }

  function goTo(next: number) {
    setWarnedStep(null)
    setIndex(next)
  }

  function showFirstUnanswered() {
    const first = screen.current?.querySelector<HTMLElement>(`input[name="${CSS.escape(unanswered[0]!)}"]`)
    first?.closest('fieldset')?.scrollIntoView({ block: 'center' })
    first?.focus()
  }

  async function submit() {
    setSending(true)
    const body = buildSubmission(q, state, { clientId: newClientId(), answeredAt: new Date().toISOString() })
    try {
      const { delivered } = await send(body)
      lastAnswer.current = body.clientId
      setDelivery(null)
      // the thank-you screen says what the server did with this answer, if it still shows it
      void delivered.then((outcome) => {
        if (lastAnswer.current === body.clientId) setDelivery(outcome)
      })
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
    const minutes = estimatedMinutes(q)
    return (
      <main class="kiosk start" ref={screen}>
        <header class="kiosk-bar">
          <span class="unit">{survey.unit.name}</span>
          <LanguageSwitch />
        </header>
        <section class="welcome">
          <h1 tabIndex={-1}>{t('title')}</h1>
          <p class="intro">{q.intro}</p>
          <button type="button" class="primary big" onClick={begin}>
            {t('start')}
          </button>
          <p class="hint">
            {minutes === 0 ? t('durationUnderMinute') : t('duration', { minutes })} {t('anonymous')}
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
          <DeliveryNote delivery={delivery} />
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

  const next = nextShown(current, 1)
  const previous = nextShown(current, -1)
  const progress = t('progress', { current: current + 1, total: steps.length })
  const warned = warnedStep === current && unanswered.length > 0
  return (
    <main class="kiosk steps" ref={screen}>
      <header class="kiosk-bar">
        <span class="unit">{survey.unit.name}</span>
        <div
          class="progress"
          role="progressbar"
          aria-label={t('progressName')}
          aria-valuemin={1}
          aria-valuemax={steps.length}
          aria-valuenow={current + 1}
          aria-valuetext={progress}
        >
          <span>{progress}</span>
          <span class="bar">
            <span style={{ width: `${((current + 1) / steps.length) * 100}%` }} />
          </span>
        </div>
        <button type="button" class="secondary restart" onClick={() => setConfirmingRestart(true)}>
          {t('restart')}
        </button>
        <LanguageSwitch />
      </header>
      <form
        class="step"
        onSubmit={(event) => {
          event.preventDefault()
          if (unanswered.length > 0 && warnedStep !== current) return setWarnedStep(current)
          if (next === null) void submit()
          else goTo(next)
        }}
      >
        <StepView step={step} survey={survey} state={state} update={setState} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <nav class="step-nav">
          {warned && (
            <div class="unanswered" role="alert">
              <p>{t('unanswered', { count: unanswered.length })}</p>
              <button type="button" class="secondary big" onClick={showFirstUnanswered}>
                {t('unansweredGoTo')}
              </button>
            </div>
          )}
          <div class="step-buttons">
            {previous !== null ? (
              <button type="button" class="secondary big" onClick={() => goTo(previous)}>
                {t('back')}
              </button>
            ) : (
              <span />
            )}
            <button type="submit" class="primary big" disabled={sending}>
              {warned ? t('unansweredSkip') : next === null ? (sending ? t('sending') : t('send')) : t('next')}
            </button>
          </div>
        </nav>
      </form>
      {confirmingRestart && <RestartDialog onConfirm={reset} onCancel={() => setConfirmingRestart(false)} />}
    </main>
  )
}
