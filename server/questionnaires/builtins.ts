import type { Kysely } from 'kysely'
import { builtinTemplates } from '../../shared/questionnaires/templates'
import type { DatabaseSchema } from '../db/schema'

/**
 * Inserts the built-in templates (SIPAS 2017, SIPAS 2022+, one-stop 2018) as published,
 * frozen version-1 questionnaires, once: a kind that already has a built-in row is left alone.
 */
export async function ensureBuiltinQuestionnaires(db: Kysely<DatabaseSchema>): Promise<void> {
  const present = await db.selectFrom('questionnaires').select('kind').where('builtin', '=', true).execute()
  const presentKinds = new Set(present.map((row) => row.kind))
  const missing = builtinTemplates.filter((template) => !presentKinds.has(template.kind))
  if (missing.length === 0) return
  await db
    .insertInto('questionnaires')
    .values(
      missing.map((template) => ({
        name: template.name,
        kind: template.kind,
        version: 1,
        status: 'published' as const,
        scoring: template.scoring,
        definition: JSON.stringify(template.definition),
        based_on_id: null,
        builtin: true,
        published_at: new Date(),
      })),
    )
    .execute()
}
