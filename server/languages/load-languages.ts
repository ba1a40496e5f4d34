import type { Kysely } from 'kysely'
import type { LanguageInfo } from '../../shared/language-packs/schemas'
import type { DatabaseSchema } from '../db/schema'

/** Every language: Vietnamese, English, then the others in the order they were added. */
export async function loadLanguages(db: Kysely<DatabaseSchema>): Promise<LanguageInfo[]> {
  return db
    .selectFrom('languages')
    .select(['code', 'name', 'builtin'])
    .orderBy((eb) => eb('code', '=', 'vi'), 'desc')
    .orderBy('builtin', 'desc')
    .orderBy('created_at')
    .orderBy('code')
    .execute()
}
