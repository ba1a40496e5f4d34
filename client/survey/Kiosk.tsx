import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import {
  buildSubmission,
  emptyAnswers,
  isStepShown,
  kioskSteps,
  newClientId,
  type Questionnaire,
  type ScreenFit,
  stepTextKeys,
  unansweredOnStep,
} from './answers'
import type { Delivery, Send } from './delivery'
import { useIdleTimer } from './idle-timer'
import { StartScreen, StepBar, StepNav, ThanksScreen } from './KioskScreens'
import { StepView } from './KioskStep'
import { chooseLanguage, useChosenLanguage } from './language'
import { RestartDialog } from './RestartDialog'
import { stopReading } from './read-aloud'
import { StepMeasure } from './StepMeasure'
import { useSurveyT } from './survey-context'

const THANKS_SECONDS = 8

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
  /** What fits this screen in the language it was measured in: measured when a citizen starts and again when the screen, language or text size changes. */
  const [fit, setFit] = useState<{ fit: ScreenFit; for: Questionnaire } | null>(null)
  const [measuring, setMeasuring] = useState(false)
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

  const steps = useMemo(() => (fit ? kioskSteps(q, fit.fit) : []), [q, fit])
  const current = Math.min(index, steps.length - 1)
  const step = steps[current]
  const nextShown = (from: number, direction: 1 | -1) => {
    for (let i = from + direction; i >= 0 && i < steps.length; i += direction) if (isStepShown(steps[i]!, state)) return i
    return null
  }
  const unanswered = phase === 'steps' && step ? unansweredOnStep(step, state) : []

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

  useEffect(() => {
    if (phase !== 'steps') return
    const measureAgain = () => setMeasuring(true)
    window.addEventListener('resize', measureAgain)
    return () => window.removeEventListener('resize', measureAgain)
  }, [phase])

  function begin() {
    if (!document.fullscreenElement) Promise.resolve(document.documentElement.requestFullscreen?.()).catch(() => undefined)
    setMeasuring(true)
  }

  function measured(next: ScreenFit) {
    setMeasuring(false)
    setFit({ fit: next, for: q })
    if (phase === 'start') return setPhase('steps')
    // measured again mid-way: the citizen stays on the step that holds the question they were on
    const first = step && stepTextKeys(step).questions[0]
    setIndex(
      Math.max(
        0,
        kioskSteps(q, next).findIndex((s) => first !== undefined && stepTextKeys(s).questions.includes(first)),
      ),
    )
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

  const measure = (measuring || (phase === 'steps' && fit?.for !== q)) && <StepMeasure survey={survey} onMeasured={measured} />
  if (phase === 'thanks') return <ThanksScreen delivery={delivery} commented={commented} countdown={countdown} screen={screen} onDone={reset} />
  if (phase === 'start' || !step)
    return (
      <>
        <StartScreen survey={survey} screen={screen} onStart={begin} />
        {measure}
      </>
    )

  const next = nextShown(current, 1)
  const previous = nextShown(current, -1)
  const warned = warnedStep === current && unanswered.length > 0
  return (
    <>
      <main class="kiosk steps" ref={screen}>
        <StepBar
          survey={survey}
          current={current + 1}
          total={steps.length}
          onRestart={() => setConfirmingRestart(true)}
          onTextScale={() => setMeasuring(true)}
        />
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
          <StepNav
            warning={
              warned && (
                <div class="unanswered" role="alert">
                  <p>{t('unanswered', { count: unanswered.length })}</p>
                  <button type="button" class="secondary big" onClick={showFirstUnanswered}>
                    {t('unansweredGoTo')}
                  </button>
                </div>
              )
            }
            onBack={previous === null ? null : () => goTo(previous)}
            submit={warned ? t('unansweredSkip') : next === null ? (sending ? t('sending') : t('send')) : t('next')}
            sending={sending}
          />
        </form>
        {confirmingRestart && <RestartDialog onConfirm={reset} onCancel={() => setConfirmingRestart(false)} />}
      </main>
      {measure}
    </>
  )
}
