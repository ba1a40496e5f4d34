import type { ComponentChildren, RefObject } from 'preact'
import { estimatedMinutes } from '../../shared/questionnaires/duration'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import type { Delivery } from './delivery'
import { FollowUp } from './FollowUp'
import { LanguageSwitch } from './LanguageSwitch'
import { DeliveryNote } from './notes'
import { Speaker } from './Speaker'
import { useSurveyT } from './survey-context'
import { TextSize } from './TextSize'

/** The kiosk's top bar: the unit, what the screen adds (progress, restart), text size and languages. */
export function KioskBar({ survey, onTextScale, children }: { survey: PublicSurvey; onTextScale?: () => void; children?: ComponentChildren }) {
  return (
    <header class="kiosk-bar">
      <span class="unit">{survey.unit.name}</span>
      {children}
      <TextSize onChange={onTextScale} />
      <LanguageSwitch languages={survey.languages} />
    </header>
  )
}

/** The bar of the steps: the progress and "Hủy / Làm lại"; `onTextScale` when the citizen changes the text size. */
export function StepBar(props: { survey: PublicSurvey; current: number; total: number; onRestart: () => void; onTextScale?: () => void }) {
  const t = useSurveyT()
  const { current, total } = props
  const progress = t('progress', { current, total })
  return (
    <KioskBar survey={props.survey} onTextScale={props.onTextScale}>
      <div
        class="progress"
        role="progressbar"
        aria-label={t('progressName')}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={progress}
      >
        <span>{progress}</span>
        <span class="bar">
          <span style={{ width: `${(current / total) * 100}%` }} />
        </span>
      </div>
      <button type="button" class="secondary restart" onClick={props.onRestart}>
        {t('restart')}
      </button>
    </KioskBar>
  )
}

/**
 * Under a step: Back (when there is a step to go back to) and the next or send button; after an
 * untouched question, the warning that offers to go to it (`warning`).
 */
export function StepNav(props: { warning?: ComponentChildren; onBack: (() => void) | null; submit: string; sending: boolean }) {
  const t = useSurveyT()
  return (
    <nav class="step-nav">
      {props.warning}
      <div class="step-buttons">
        {props.onBack ? (
          <button type="button" class="secondary big" onClick={props.onBack}>
            {t('back')}
          </button>
        ) : (
          <span />
        )}
        <button type="submit" class="primary big" disabled={props.sending}>
          {props.submit}
        </button>
      </div>
    </nav>
  )
}

export function StartScreen({ survey, screen, onStart }: { survey: PublicSurvey; screen: RefObject<HTMLElement>; onStart: () => void }) {
  const t = useSurveyT()
  const q = survey.questionnaire
  const minutes = estimatedMinutes(q)
  const duration = minutes === 0 ? t('durationUnderMinute') : t('duration', { minutes })
  return (
    <main class="kiosk start" ref={screen}>
      <KioskBar survey={survey} />
      <section class="welcome">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p class="intro">{q.intro}</p>
        <Speaker
          texts={[
            { key: 'app.title', text: t('title') },
            { key: 'intro', text: q.intro },
          ]}
        />
        <button type="button" class="primary big" onClick={onStart}>
          {t('start')}
        </button>
        <p class="hint">
          {duration} {t('anonymous')}
        </p>
      </section>
    </main>
  )
}

export function ThanksScreen({
  delivery,
  commented,
  countdown,
  screen,
  onDone,
}: {
  delivery: Delivery | null
  /** The answer carried a comment: it may open a feedback case (see FollowUp). */
  commented: boolean
  countdown: number
  screen: RefObject<HTMLElement>
  onDone: () => void
}) {
  const t = useSurveyT()
  return (
    <main class="kiosk thanks" ref={screen}>
      <section class="welcome">
        <h1 tabIndex={-1}>{t('thanks')}</h1>
        <DeliveryNote delivery={delivery} />
        <FollowUp delivery={delivery} commented={commented} />
        <p class="hint" aria-live="off">
          {t('resetIn', { seconds: Math.max(0, countdown) })}
        </p>
        <button type="button" class="primary big" onClick={onDone}>
          {t('done')}
        </button>
      </section>
    </main>
  )
}
