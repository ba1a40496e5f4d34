import type { ColumnType, Generated, Selectable } from 'kysely'
import type { QuestionnaireDefinition } from '../../../shared/questionnaires/definition'

export interface Questionnaire {
  id: Generated<number>
  name: string
  kind: string
  version: number
  status: 'draft' | 'published'
  scoring: 'share45' | 'points'
  // Written as a JSON string (pg would send a JS array as a Postgres array), read as an object.
  definition: ColumnType<QuestionnaireDefinition, string, string>
  based_on_id: number | null
  builtin: Generated<boolean>
  published_at: Date | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type QuestionnaireRow = Selectable<Questionnaire>
export const tableName = 'questionnaires'
export type PartialDB = { [tableName]: Questionnaire }
