import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'

export async function loadDefinition(ctx: AppContext, id: number): Promise<{ name: string; version: number; definition: QuestionnaireDefinition }> {
  const row = await ctx.db.selectFrom('questionnaires').select(['name', 'version', 'definition']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Questionnaire')
  return row
}
