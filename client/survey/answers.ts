import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { PublicSurvey } from '../../shared/surveys/public-survey'

export type Questionnaire = PublicSurvey['questionnaire']
export type SurveyElement = Questionnaire['elements'][number]
export type ChoiceItem = Questionnaire['demographics'][number]

/** What one citizen has answered so far: `undefined` not answered yet, `null` "no answer" chosen. */
export interface AnswerState {
  answers: Record<string, number | null>
  overall?: number | null
  gaveFeedback?: boolean | null
  expectations: string[]
  perceptions: Record<string, string | null>
  demographics: Record<string, string | null>
  serviceField?: string | null
  comment: string
  /** "I would like an answer" ticked beside the comment. */
  wantsReply?: boolean
}

export function emptyAnswers(): AnswerState {
  return { answers: {}, expectations: [], perceptions: {}, demographics: {}, comment: '' }
}

/** Elements behind the feedback filter are shown only to those who said they gave feedback. */
export function isElementShown(element: SurveyElement, state: AnswerState): boolean {
  return element.onlyIf !== 'gaveFeedback' || state.gaveFeedback === true
}

export function setAnswer(state: AnswerState, criterionKey: string, value: number | null): AnswerState {
  return { ...state, answers: { ...state.answers, [criterionKey]: value } }
}

// a loop, not Object.fromEntries: kiosk tablets of 2018 lack it (docs/survey.md)
function chosenOnly(choices: Record<string, string | null>): Record<string, string> {
  const chosen: Record<string, string> = {}
  for (const [key, value] of Object.entries(choices)) if (value !== null) chosen[key] = value
  return chosen
}

/** Adds or removes an expectation; adding beyond `max` is refused (the state is returned unchanged). */
export function toggleExpectation(state: AnswerState, key: string, max: number): AnswerState {
  if (state.expectations.includes(key)) return { ...state, expectations: state.expectations.filter((k) => k !== key) }
  if (state.expectations.length >= max) return state
  return { ...state, expectations: [...state.expectations, key] }
}

/**
 * One screen of the kiosk: an element (or a part of it when its criteria do not fit one
 * screen), the feedback filter question before the first element behind it, then the overall
 * rating, expectations, perceptions and the optional "about you" questions, split alike.
 */
export type Step =
  | { kind: 'element'; element: SurveyElement; criteria: SurveyElement['criteria']; part: number; parts: number }
  | { kind: 'feedback' }
  | { kind: 'overall' }
  | { kind: 'expectations' }
  | { kind: 'perceptions'; items: ChoiceItem[] }
  | { kind: 'about'; serviceField: boolean; demographics: ChoiceItem[]; comment: boolean }

/**
 * What fits one kiosk screen, measured on it (client/survey/StepMeasure.tsx): `room` is the
 * height between the bar and the buttons, `height(key)` the height a step's heading or one of
 * its questions takes, by its text key (see `stepTextKeys`), `most` how many questions a step
 * may hold at the most.
 */
export interface ScreenFit {
  room: number
  height: (key: string) => number
  most: number
}

/** One question a step, whatever its height (A++, interviews). */
export const ONE_QUESTION_A_STEP: ScreenFit = { room: Number.POSITIVE_INFINITY, height: () => 0, most: 1 }

/**
 * The text keys of a step's heading and of its questions, in the order they are shown:
 * `element.<key>` and its `criterion.<key>`s, `app.perceptions` and its `perception.<key>`s,
 * `app.about` and its `serviceFields`, `demographic.<key>`s and `comment`; a step of one
 * question on its own has no heading and that question's key.
 */
export function stepTextKeys(step: Step): { heading: string | null; questions: string[] } {
  switch (step.kind) {
    case 'element':
      return { heading: `element.${step.element.key}`, questions: step.criteria.map((criterion) => `criterion.${criterion.key}`) }
    case 'perceptions':
      return { heading: 'app.perceptions', questions: step.items.map((item) => `perception.${item.key}`) }
    case 'about':
      return {
        heading: 'app.about',
        questions: [
          ...(step.serviceField ? ['serviceFields'] : []),
          ...step.demographics.map((item) => `demographic.${item.key}`),
          ...(step.comment ? ['comment'] : []),
        ],
      }
    default:
      return { heading: null, questions: [step.kind] }
  }
}

/** `items` in `parts` runs of nearly equal length (7 in 3 parts: 3, 2, 2), in order. */
function evenParts<T>(items: T[], parts: number): T[][] {
  const runs: T[][] = []
  let from = 0
  for (let part = 0; part < parts; part++) {
    const length = Math.ceil((items.length - from) / (parts - part))
    runs.push(items.slice(from, from + length))
    from += length
  }
  return runs
}

/** The fewest even runs of `items` that each fit (one item a run when nothing else does). */
function fewestEvenParts<T>(items: T[], fits: (run: T[]) => boolean): T[][] {
  for (let parts = 1; parts < items.length; parts++) {
    const runs = evenParts(items, parts)
    if (runs.every(fits)) return runs
  }
  return items.map((item) => [item])
}

/**
 * Every step of the questionnaire, those behind the feedback filter included (see `isStepShown`),
 * so the step count stays the same while a citizen answers. An element whose criteria do not
 * fit the screen is split into the fewest even parts that do, the perceptions alike, and the
 * optional questions are packed in order into as few screens as hold them.
 */
export function kioskSteps(questionnaire: Questionnaire, fit: ScreenFit): Step[] {
  const fits = (step: Step) => {
    const { heading, questions } = stepTextKeys(step)
    return questions.length <= Math.max(1, fit.most) && questions.reduce((sum, key) => sum + fit.height(key), heading ? fit.height(heading) : 0) <= fit.room
  }
  const steps: Step[] = []
  let askedFeedback = false
  for (const element of questionnaire.elements) {
    if (element.onlyIf === 'gaveFeedback' && !askedFeedback && questionnaire.feedbackQuestion) {
      steps.push({ kind: 'feedback' })
      askedFeedback = true
    }
    const runs = fewestEvenParts(element.criteria, (criteria) => fits({ kind: 'element', element, criteria, part: 1, parts: 1 }))
    runs.forEach((criteria, part) => steps.push({ kind: 'element', element, criteria, part: part + 1, parts: runs.length }))
  }
  if (questionnaire.overall) steps.push({ kind: 'overall' })
  if (questionnaire.expectations) steps.push({ kind: 'expectations' })
  for (const items of fewestEvenParts(questionnaire.perceptions, (run) => fits({ kind: 'perceptions', items: run }))) steps.push({ kind: 'perceptions', items })

  type About = Extract<Step, { kind: 'about' }>
  const about: ((step: About) => About)[] = []
  if (questionnaire.serviceFields) about.push((step) => ({ ...step, serviceField: true }))
  for (const item of questionnaire.demographics) about.push((step) => ({ ...step, demographics: [...step.demographics, item] }))
  if (questionnaire.comment) about.push((step) => ({ ...step, comment: true }))
  let screen: About | undefined
  for (const add of about) {
    const grown = screen && add(screen)
    if (grown && fits(grown)) steps[steps.length - 1] = screen = grown
    else steps.push((screen = add({ kind: 'about', serviceField: false, demographics: [], comment: false })))
  }
  return steps
}

/** Steps of elements behind the feedback filter are shown only after a yes. */
export function isStepShown(step: Step, state: AnswerState): boolean {
  return step.kind !== 'element' || isElementShown(step.element, state)
}

/** Questions on a step the citizen has not touched yet ("no answer" chosen counts as answered); the optional "about you" questions are never counted. */
export function unansweredOnStep(step: Step, state: AnswerState): string[] {
  switch (step.kind) {
    case 'element':
      return step.criteria.filter((criterion) => state.answers[criterion.key] === undefined).map((criterion) => criterion.key)
    case 'feedback':
      return state.gaveFeedback === undefined ? ['gaveFeedback'] : []
    case 'overall':
      return state.overall === undefined ? ['overall'] : []
    case 'perceptions':
      return step.items.filter((item) => state.perceptions[item.key] === undefined).map((item) => `perception-${item.key}`)
    default:
      return []
  }
}

export interface SubmissionMeta {
  clientId: string
  answeredAt: string
  receiptCode?: string | undefined
}

/**
 * The payload for `POST /public/surveys/:code/responses`: every criterion the citizen was shown
 * (unanswered ones as `null`), nothing from elements hidden by the feedback filter.
 */
export function buildSubmission(questionnaire: Questionnaire, state: AnswerState, meta: SubmissionMeta): ResponseSubmissionInput {
  const answers: Record<string, number | null> = {}
  for (const element of questionnaire.elements) {
    if (!isElementShown(element, state)) continue
    for (const criterion of element.criteria) answers[criterion.key] = state.answers[criterion.key] ?? null
  }
  const comment = state.comment.trim()
  return {
    clientId: meta.clientId,
    answeredAt: meta.answeredAt,
    answers,
    overall: questionnaire.overall ? (state.overall ?? null) : null,
    gaveFeedback: questionnaire.feedbackQuestion ? (state.gaveFeedback ?? null) : null,
    expectations: state.expectations,
    perceptions: chosenOnly(state.perceptions),
    demographics: chosenOnly(state.demographics),
    serviceField: state.serviceField ?? null,
    comment: comment === '' ? null : comment,
    ...(state.wantsReply && comment !== '' ? { wantsReply: true } : {}),
    ...(meta.receiptCode ? { receiptCode: meta.receiptCode } : {}),
  }
}

/** A version 4 UUID; `crypto.randomUUID` exists only on HTTPS pages, kiosks on a plain-HTTP LAN still need one. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
