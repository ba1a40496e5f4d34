import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { AnswerState, Questionnaire } from '../survey/answers'
import { buildSubmission, emptyAnswers, isStepShown, kioskSteps, newClientId, ONE_QUESTION_A_STEP, unansweredOnStep } from '../survey/answers'
import { StepView } from '../survey/KioskStep'
import { useFieldT } from './language'

/**
 * An interview: the questionnaire one question at a time; a tap on an answer moves to the next
 * question (Back corrects it); the last screen saves the answers on the device.
 */
export function Interview(props: {
  unitName: string
  questionnaire: Questionnaire
  onRecord: (body: ResponseSubmissionInput) => Promise<void>
  onHome: () => void
}) {
  const t = useFieldT()
  const q = props.questionnaire
  const steps = useMemo(() => kioskSteps(q, ONE_QUESTION_A_STEP), [q])
  const [index, setIndex] = useState(0)
  const [state, setState] = useState<AnswerState>(emptyAnswers)
  const [phase, setPhase] = useState<'steps' | 'recorded'>('steps')
  const [confirmingCancel, setConfirmingCancel] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const screen = useRef<HTMLElement>(null)

  const step = steps[index]!
  const nextShown = (from: number, direction: 1 | -1, answers: AnswerState) => {
    for (let i = from + direction; i >= 0 && i < steps.length; i += direction) if (isStepShown(steps[i]!, answers)) return i
    return null
  }
  const next = nextShown(index, 1, state)
  const previous = nextShown(index, -1, state)

  useEffect(() => {
    window.scrollTo(0, 0)
    screen.current?.querySelector<HTMLElement>('h1, legend')?.focus()
  }, [index, phase])

  function update(answers: AnswerState) {
    setState(answers)
    // a single question answered by a tap: on to the next one
    const single = step.kind === 'overall' || step.kind === 'feedback' || (step.kind === 'element' && step.criteria.length === 1)
    const following = nextShown(index, 1, answers)
    if (single && unansweredOnStep(step, answers).length === 0 && following !== null) setIndex(following)
  }

  async function save() {
    setBusy(true)
    setError(null)
    try {
      await props.onRecord(buildSubmission(q, state, { clientId: newClientId(), answeredAt: new Date().toISOString() }))
      setPhase('recorded')
    } catch {
      setError(t('storageFailed'))
    } finally {
      setBusy(false)
    }
  }

  function restart() {
    setState(emptyAnswers())
    setIndex(0)
    setConfirmingCancel(false)
    setPhase('steps')
  }

  if (phase === 'recorded') {
    return (
      <main class="field-main recorded" ref={screen}>
        <h1 tabIndex={-1}>{t('recorded')}</h1>
        <p class="hint">{props.unitName}</p>
        <button type="button" class="primary big" onClick={restart}>
          {t('nextInterview')}
        </button>
        <button type="button" class="secondary big" onClick={props.onHome}>
          {t('backHome')}
        </button>
      </main>
    )
  }

  return (
    <main class="field-main interview" ref={screen}>
      <header class="interview-bar">
        <span class="unit">{props.unitName}</span>
        <span class="progress-text">
          {index + 1}/{steps.length}
        </span>
        <button type="button" class="secondary" onClick={() => setConfirmingCancel(true)}>
          {t('cancel')}
        </button>
      </header>
      <form
        class="interview-step"
        onSubmit={(event) => {
          event.preventDefault()
          if (next === null) void save()
          else setIndex(next)
        }}
      >
        <StepView step={step} survey={{ questionnaire: q, readAloud: false }} state={state} update={update} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <nav class="step-buttons">
          {previous !== null ? (
            <button type="button" class="secondary big" onClick={() => setIndex(previous)}>
              {t('back')}
            </button>
          ) : (
            <span />
          )}
          <button type="submit" class="primary big" disabled={busy}>
            {next === null ? t('finish') : t('next')}
          </button>
        </nav>
      </form>
      {confirmingCancel && (
        <div class="dialog-backdrop">
          <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="cancel-question">
            <p id="cancel-question">{t('cancelQuestion')}</p>
            <div class="dialog-actions">
              <button type="button" class="secondary big" onClick={() => setConfirmingCancel(false)}>
                {t('cancelKeep')}
              </button>
              <button type="button" class="primary big" onClick={props.onHome}>
                {t('cancelConfirm')}
              </button>
            </div>
          </div>
        </div>
      )}
    </main>
  )
}
