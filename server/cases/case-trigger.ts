import type { CaseRule } from '../../shared/cases/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import type { ValidatedAnswers } from '../responses/validate-submission'

export interface CaseTrigger {
  requested: boolean
  dissatisfied: boolean
}

/**
 * The bottom two levels of a scale (1 and 2 of 1–5); on a scale of three points or fewer (the
 * one-stop desk's 0–2) only the lowest, and never a level counted as satisfied.
 */
function dissatisfiedLevels(scale: { value: number }[], satisfied: number[] = []): number[] {
  return scale
    .map((point) => point.value)
    .sort((a, b) => a - b)
    .slice(0, scale.length > 3 ? 2 : 1)
    .filter((value) => !satisfied.includes(value))
}

/**
 * Whether an answer opens a feedback case: only one with a comment (there is something to
 * answer), when the citizen asked for an answer or, under the default rule, when the overall
 * rating or any criterion is at the bottom levels of its scale.
 */
export function caseTrigger(definition: QuestionnaireDefinition, content: ValidatedAnswers, requested: boolean, rule: CaseRule): CaseTrigger | null {
  if (content.comment === null) return null
  const lowCriterion = dissatisfiedLevels(definition.scale)
  const lowOverall = definition.overall ? dissatisfiedLevels(definition.overall.scale, definition.overall.satisfiedValues) : []
  const dissatisfied =
    (content.overall !== null && lowOverall.includes(content.overall)) ||
    Object.values(content.answers).some((value) => value !== null && lowCriterion.includes(value))
  if (requested || (rule === 'dissatisfied_or_requested' && dissatisfied)) return { requested, dissatisfied }
  return null
}
