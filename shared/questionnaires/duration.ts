/** What the estimate needs of a questionnaire, localized or not. */
interface QuestionnaireShape {
  elements: readonly { criteria: readonly unknown[] }[]
  feedbackQuestion?: unknown
  overall?: unknown
  expectations?: unknown
  perceptions: readonly unknown[]
  serviceFields?: unknown
  demographics: readonly unknown[]
  comment?: unknown
}

/** A tap on a face or an option, read first: about four seconds a question, as timed on the kiosk. */
export const SECONDS_PER_QUESTION = 4

/** Every question a citizen may be asked, those behind the feedback filter and the optional ones included. */
export function questionCount(q: QuestionnaireShape): number {
  const optional = [q.feedbackQuestion, q.overall, q.expectations, q.serviceFields, q.comment].filter((item) => item !== undefined && item !== null).length
  return q.elements.reduce((sum, element) => sum + element.criteria.length, 0) + q.perceptions.length + q.demographics.length + optional
}

/**
 * How long answering takes, in whole minutes rounded up, or 0 for "less than a minute": the one
 * figure the kiosk, the phone and the poster state, so they never disagree.
 */
export function estimatedMinutes(q: QuestionnaireShape): number {
  const seconds = questionCount(q) * SECONDS_PER_QUESTION
  return seconds < 60 ? 0 : Math.ceil(seconds / 60)
}
