import type { QuestionnaireDefinition, Scoring } from '../../../shared/questionnaires/definition'

/** What the indices need from a questionnaire: its method, scale and criteria per element. */
export interface ScoringPlan {
  scoring: Scoring
  scaleValues: number[]
  elements: { key: string; criteria: string[] }[]
  expectationKeys: string[]
  satisfiedOverall: number[]
  /** Scale of the overall item, or empty when the questionnaire has none. */
  overallValues: number[]
}

export function scoringPlan(scoring: Scoring, definition: QuestionnaireDefinition): ScoringPlan {
  return {
    scoring,
    scaleValues: definition.scale.map((p) => p.value),
    elements: definition.elements.map((e) => ({ key: e.key, criteria: e.criteria.map((c) => c.key) })),
    expectationKeys: definition.expectations?.options.map((o) => o.key) ?? [],
    satisfiedOverall: definition.overall?.satisfiedValues ?? [],
    overallValues: definition.overall?.scale.map((p) => p.value) ?? [],
  }
}

/**
 * The score of one valid answer: 1 when satisfied (4 or 5) under `share45`, the points
 * themselves under `points`; null for an answer outside the scale ("no answer").
 */
export function answerScore(plan: ScoringPlan, value: number | null): number | null {
  if (value === null || !plan.scaleValues.includes(value)) return null
  if (plan.scoring === 'points') return value
  return value >= 4 && value <= 5 ? 1 : 0
}
