import { useLayoutEffect, useRef } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { emptyAnswers, kioskSteps, type ScreenFit, type Step, stepTextKeys } from './answers'
import { StepBar, StepNav } from './KioskScreens'
import { StepView } from './KioskStep'
import { useSurveyT } from './survey-context'
import { LARGEST_TEXT_SCALE, storedTextScale } from './text-size'

/** Rounding between this layout and the step's own. */
const SLACK_PX = 2
const nothing = () => undefined

/** A length in px of a computed style; 0 where there is no layout (the client tests' DOM). */
const px = (length: string) => Number.parseFloat(length) || 0

/** An element's height with its margins (children of a flex column: their margins do not collapse). */
function outerHeight(element: Element): number {
  const style = getComputedStyle(element)
  return element.getBoundingClientRect().height + px(style.marginTop) + px(style.marginBottom)
}

/** The steps that may be split, each with all it may hold; an element's heading with "(phần 1/2)", which may wrap it. */
function wholeSteps(survey: PublicSurvey): Step[] {
  const all = kioskSteps(survey.questionnaire, { room: Number.POSITIVE_INFINITY, height: () => 0, most: Number.POSITIVE_INFINITY })
  return all.filter((step) => stepTextKeys(step).heading !== null).map((step) => (step.kind === 'element' ? { ...step, parts: 2 } : step))
}

/**
 * Every step heading and question that may share a screen, laid out out of sight as a step lays
 * them out, at this screen's size, in this language and at this text size: their heights and the
 * room between the bar and the buttons say what fits one screen (`kioskSteps`). At A++ a step
 * holds one question.
 */
export function StepMeasure({ survey, onMeasured }: { survey: PublicSurvey; onMeasured: (fit: ScreenFit) => void }) {
  const t = useSurveyT()
  const screen = useRef<HTMLElement>(null)
  const whole = wholeSteps(survey)
  useLayoutEffect(() => {
    const main = screen.current!
    const heights = new Map<string, number>()
    main.querySelectorAll('.measured-step').forEach((box, i) => {
      const { heading, questions } = stepTextKeys(whole[i]!)
      let question = -1
      for (const child of Array.from(box.children)) {
        // the tick box under the comment, the last question, counts with it
        if (child.classList.contains('question')) question = Math.min(question + 1, questions.length - 1)
        const key = question < 0 ? heading! : questions[question]!
        heights.set(key, (heights.get(key) ?? 0) + outerHeight(child))
      }
    })
    const form = main.querySelector('form')!
    const questionsTop = form.getBoundingClientRect().top + px(getComputedStyle(form).paddingTop) - main.getBoundingClientRect().top
    const buttons = main.querySelector('.step-nav')!.getBoundingClientRect().height
    onMeasured({
      room: window.innerHeight - questionsTop - buttons - SLACK_PX,
      height: (key) => heights.get(key) ?? 0,
      most: storedTextScale() >= LARGEST_TEXT_SCALE ? 1 : Number.POSITIVE_INFINITY,
    })
  }, [])
  return (
    <div class="step-measure" aria-hidden="true">
      <main class="kiosk steps" ref={screen}>
        <StepBar survey={survey} current={whole.length} total={whole.length} onRestart={nothing} />
        <form class="step">
          {whole.map((step, i) => (
            <div key={i} class="measured-step">
              <StepView step={step} survey={{ questionnaire: survey.questionnaire, readAloud: false }} state={emptyAnswers()} update={nothing} />
            </div>
          ))}
          <StepNav onBack={nothing} submit={t('send')} sending={false} />
        </form>
      </main>
    </div>
  )
}
