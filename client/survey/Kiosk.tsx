import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { buildSubmission, emptyAnswers, isStepShown, kioskSteps, newClientId, unansweredOnStep } from './answers'
import type { Delivery, Send } from './delivery'
import { useIdleTimer } from './idle-timer'
import { KioskBar, StartScreen, ThanksScreen } from './KioskScreens'
import { StepView } from './KioskStep'
import { chooseLanguage, useChosenLanguage } from './language'
import { RestartDialog } from './RestartDialog'
import { stopReading } from './read-aloud'
import { useSurveyT } from './survey-context'
import { LARGEST_TEXT_SCALE, storedTextScale } from './text-size'

const THANKS_SECONDS = 8
/** Height of the kiosk's bar, a step's heading and its buttons, and of one criterion row (see survey.css; words wrap more on a portrait screen). */
const STEP_CHROME_PX = 270
const ROW_PX = { landscape: 130, portrait: 160 }

/**
 * How many criterion rows fit this screen at this text size: read when a citizen starts, so the
 * step count holds until they finish. The largest text size (A++) shows one question per screen.
 */
export function rowsPerStep(width = window.innerWidth, height = window.innerHeight, textScale = 1): number {
  if (textScale >= LARGEST_TEXT_SCALE) return 1
  return Math.max(2, Math.floor((height - STEP_CHROME_PX * textScale) / (ROW_PX[width < height ? 'portrait' : 'landscape'] * textScale)))
}

/**
 * The kiosk at the desk: a start screen, one screen per step, a thank-you screen that says
 * what became of the answer, and back to the start (in the link's first language, with nothing
 * of the last citizen's answers) after each answer, when idle, or on "Hủy / Làm lại".
 */
export function Kiosk({ survey, send }: { survey: PublicSurvey; send: Send }) {
  const t = useSurveyT()
  const chosen = useChosenLanguage()
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
  const [commented, setCommented] = useState(false)
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
    stopReading()
    setState(emptyAnswers())
    setIndex(0)
    setError(null)
    setWarnedStep(null)
    setConfirmingRestart(false)
    setPhase('start')
    chooseLanguage(null)
  }, [])
  // also when a citizen switched the start screen to another language and walked away
  useIdleTimer(phase === 'steps' || (phase === 'start' && chosen !== null), survey.idleResetSeconds, reset)

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
    setRows(rowsPerStep(window.innerWidth, window.innerHeight, storedTextScale()))
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
      setCommented(body.comment != null)
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

  if (phase === 'start') return <StartScreen survey={survey} screen={screen} onStart={begin} />
  if (phase === 'thanks') return <ThanksScreen delivery={delivery} commented={commented} countdown={countdown} screen={screen} onDone={reset} />

  const next = nextShown(current, 1)
  const previous = nextShown(current, -1)
  const progress = t('progress', { current: current + 1, total: steps.length })
  const warned = warnedStep === current && unanswered.length > 0
  return (
    <main class="kiosk steps" ref={screen}>
      <KioskBar survey={survey}>
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
      </KioskBar>
      <form
        class="step"
        onSubmit={(event) => {
          event.preventDefault()
          if (unanswered.length > 0 && warnedStep !== current) return setWarnedStep(current)
          if (next === null) void submit()
          else goTo(next)
        }}
      >
        <StepView key={current} step={step} survey={survey} state={state} update={setState} />
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
