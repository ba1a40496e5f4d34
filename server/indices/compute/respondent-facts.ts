import type { MomentSums, RollupFact } from './rollup-facts'
import { answerScore, type ScoringPlan } from './scoring'

/** What the rollups read of one respondent's answers. */
export interface RespondentAnswers {
  /** criterion key → scale value, or null for "no answer" */
  answers: Record<string, number | null>
  overall: number | null
  expectations: string[]
}

/** The counted facts and element moment products of one respondent. */
export function respondentFacts(plan: ScoringPlan, respondent: RespondentAnswers): { facts: RollupFact[]; sums: MomentSums[] } {
  const facts: RollupFact[] = [{ dim: 'respondents', key: '', value: 0, n: 1 }]
  for (const [criterion, value] of Object.entries(respondent.answers)) {
    if (value !== null) facts.push({ dim: 'answer', key: criterion, value, n: 1 })
  }
  if (respondent.overall !== null) facts.push({ dim: 'overall', key: '', value: respondent.overall, n: 1 })
  if (respondent.expectations.length > 0) {
    facts.push({ dim: 'expectation_answered', key: '', value: 0, n: 1 })
    for (const option of new Set(respondent.expectations)) facts.push({ dim: 'expectation', key: option, value: 0, n: 1 })
  }
  const scores = plan.elements.map((element) => {
    let y = 0
    let m = 0
    for (const criterion of element.criteria) {
      const score = answerScore(plan, respondent.answers[criterion] ?? null)
      if (score === null) continue
      y += score
      m += 1
    }
    if (m > 0) facts.push({ dim: 'element', key: element.key, value: 0, n: 1 })
    return { key: element.key, y, m }
  })
  if (scores.some((s) => s.m > 0)) facts.push({ dim: 'scored', key: '', value: 0, n: 1 })
  const sums: MomentSums[] = []
  scores.forEach((a, i) => {
    for (const b of scores.slice(i)) {
      if (a.m === 0 || b.m === 0) continue
      sums.push({ element_a: a.key, element_b: b.key, yy: a.y * b.y, ym: a.y * b.m, my: a.m * b.y, mm: a.m * b.m })
    }
  })
  return { facts, sums }
}
