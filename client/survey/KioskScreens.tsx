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
export function KioskBar({ survey, children }: { survey: PublicSurvey; children?: ComponentChildren }) {
  return (
    <header class="kiosk-bar">
      <span class="unit">{survey.unit.name}</span>
      {children}
      <TextSize />
      <LanguageSwitch languages={survey.languages} />
    </header>
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
