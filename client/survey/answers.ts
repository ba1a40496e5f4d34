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

function chosenOnly(choices: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter((entry): entry is [string, string] => entry[1] !== null))
}

/** Adds or removes an expectation; adding beyond `max` is refused (the state is returned unchanged). */
export function toggleExpectation(state: AnswerState, key: string, max: number): AnswerState {
  if (state.expectations.includes(key)) return { ...state, expectations: state.expectations.filter((k) => k !== key) }
  if (state.expectations.length >= max) return state
  return { ...state, expectations: [...state.expectations, key] }
}

/**
 * One screen of the kiosk: an element, the feedback filter question before the first element
 * behind it, then the overall rating, expectations, perceptions and an optional "about you" page.
 */
export type Step =
  | { kind: 'element'; element: SurveyElement }
  | { kind: 'feedback' }
  | { kind: 'overall' }
  | { kind: 'expectations' }
  | { kind: 'perceptions' }
  | { kind: 'about' }

export function kioskSteps(questionnaire: Questionnaire, state: AnswerState): Step[] {
  const steps: Step[] = []
  let askedFeedback = false
  for (const element of questionnaire.elements) {
    if (element.onlyIf === 'gaveFeedback' && !askedFeedback && questionnaire.feedbackQuestion) {
      steps.push({ kind: 'feedback' })
      askedFeedback = true
    }
    if (isElementShown(element, state)) steps.push({ kind: 'element', element })
  }
  if (questionnaire.overall) steps.push({ kind: 'overall' })
  if (questionnaire.expectations) steps.push({ kind: 'expectations' })
  if (questionnaire.perceptions.length > 0) steps.push({ kind: 'perceptions' })
  if (questionnaire.serviceFields || questionnaire.demographics.length > 0 || questionnaire.comment) steps.push({ kind: 'about' })
  return steps
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
