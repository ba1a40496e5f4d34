import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** Every pack of one questionnaire version: language → text key → text. */
export async function loadPacks(db: Kysely<DatabaseSchema>, questionnaireId: number): Promise<Map<string, Record<string, string>>> {
  const rows = await db.selectFrom('language_pack_texts').select(['lang', 'key', 'text']).where('questionnaire_id', '=', questionnaireId).execute()
  const packs = new Map<string, Record<string, string>>()
  for (const row of rows) {
    const pack = packs.get(row.lang) ?? {}
    pack[row.key] = row.text
    packs.set(row.lang, pack)
  }
  return packs
}
