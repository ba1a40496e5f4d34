import type { Questionnaire, QuestionnaireKind, QuestionnaireSummary } from '../../shared/questionnaires/schemas'
import type { QuestionnaireRow } from '../db/schema/questionnaire'

export function toQuestionnaireSummary(row: Omit<QuestionnaireRow, 'definition' | 'created_at' | 'updated_at'>): QuestionnaireSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as QuestionnaireKind,
    version: row.version,
    status: row.status,
    scoring: row.scoring,
    basedOnId: row.based_on_id,
    builtin: row.builtin,
    publishedAt: row.published_at?.toISOString() ?? null,
  }
}

/** API shape: the definition's fields at the top level beside the summary. */
export function toQuestionnaire(row: QuestionnaireRow): Questionnaire {
  return { ...row.definition, ...toQuestionnaireSummary(row) }
}
