import type { QuestionnaireDefinition, SingleChoice } from '../../shared/questionnaires/definition'
import type { ResponseSubmission } from '../../shared/responses/submission'
import { ApiError, type FieldProblems, problem, summarize } from '../http/errors'

/** The answer content of a response, checked against its questionnaire version. */
export interface ValidatedAnswers {
  answers: Record<string, number | null>
  overall: number | null
  gaveFeedback: boolean | null
  expectations: string[]
  perceptions: Record<string, string>
  demographics: Record<string, string>
  serviceField: string | null
  comment: string | null
}

function checkChoices(items: SingleChoice[], given: Record<string, string>, field: string, errors: FieldProblems): void {
  for (const [key, option] of Object.entries(given)) {
    const item = items.find((i) => i.key === key)
    if (!item) errors[`${field}.${key}`] = problem('not_in_questionnaire', 'is not a question of this questionnaire')
    else if (!item.options.some((o) => o.key === option)) errors[`${field}.${key}`] = problem('invalid_value', `"${option}" is not one of its options`)
  }
}

/**
 * Checks every key and value against the exact questionnaire version the link serves.
 * Throws a 400 naming each offending field; returns the normalised answers otherwise.
 */
export function validateSubmission(definition: QuestionnaireDefinition, submission: ResponseSubmission): ValidatedAnswers {
  const errors: FieldProblems = {}
  const scale = new Set(definition.scale.map((p) => p.value))
  const criteria = new Map(definition.elements.flatMap((e) => e.criteria.map((c) => [c.key, e] as const)))
  const gaveFeedback = definition.feedbackQuestion ? (submission.gaveFeedback ?? null) : null
  if (!definition.feedbackQuestion && submission.gaveFeedback != null)
    errors.gaveFeedback = problem('not_in_questionnaire', 'this questionnaire has no feedback question')

  const answers: Record<string, number | null> = {}
  for (const [key, value] of Object.entries(submission.answers)) {
    const element = criteria.get(key)
    if (!element) errors[`answers.${key}`] = problem('not_in_questionnaire', 'is not a criterion of this questionnaire')
    else if (value !== null && !scale.has(value)) errors[`answers.${key}`] = problem('invalid_value', `must be one of ${[...scale].join(', ')} or null`)
    else if (value !== null && element.onlyIf === 'gaveFeedback' && gaveFeedback !== true) {
      errors[`answers.${key}`] = problem('not_available', 'is answered only by people who gave feedback (gaveFeedback: true)')
    } else answers[key] = value
  }

  const overall: number | null = submission.overall ?? null
  if (overall !== null && !definition.overall) errors.overall = problem('not_in_questionnaire', 'this questionnaire has no overall question')
  else if (overall !== null && !definition.overall!.scale.some((p) => p.value === overall)) {
    errors.overall = problem('invalid_value', `must be one of ${definition.overall!.scale.map((p) => p.value).join(', ')} or null`)
  }

  const expectations = submission.expectations
  if (expectations.length && !definition.expectations) errors.expectations = problem('not_in_questionnaire', 'this questionnaire has no expectations question')
  else if (definition.expectations) {
    const unknown = expectations.filter((key) => !definition.expectations!.options.some((o) => o.key === key))
    if (unknown.length) errors.expectations = problem('invalid_value', `unknown options: ${unknown.join(', ')}`)
    else if (new Set(expectations).size !== expectations.length) errors.expectations = problem('listed_twice', 'an option is chosen twice')
    else if (expectations.length > definition.expectations.max)
      errors.expectations = problem('too_many', `choose at most ${definition.expectations.max}`, definition.expectations.max)
  }

  checkChoices(definition.perceptions, submission.perceptions, 'perceptions', errors)
  checkChoices(definition.demographics, submission.demographics, 'demographics', errors)

  const serviceField = submission.serviceField ?? null
  if (serviceField !== null && !definition.serviceFields?.options.some((o) => o.key === serviceField)) {
    errors.serviceField = problem('invalid_value', 'is not one of the service fields of this questionnaire')
  }

  const comment = submission.comment?.trim() || null
  if (comment !== null && !definition.comment) errors.comment = problem('not_in_questionnaire', 'this questionnaire has no comment field')
  else if (comment !== null && comment.length > definition.comment!.maxLength)
    errors.comment = problem('too_long', `must be at most ${definition.comment!.maxLength} characters`, definition.comment!.maxLength)

  if (Object.keys(errors).length) {
    throw new ApiError(400, 'validation_failed', `Invalid response: ${summarize(errors)}`, errors)
  }
  return {
    answers,
    overall,
    gaveFeedback,
    expectations,
    perceptions: submission.perceptions,
    demographics: submission.demographics,
    serviceField,
    comment,
  }
}
