import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** Where a recording is served: named by its content, so it can be cached for ever. */
export const recordingUrl = (sha256: string) => `/api/v1/public/recordings/${sha256}`

/** The recordings of one questionnaire version as language → text key → URL; only `lang`'s when given. */
export async function loadRecordingUrls(db: Kysely<DatabaseSchema>, questionnaireId: number, lang?: string): Promise<Record<string, Record<string, string>>> {
  let query = db.selectFrom('recordings').select(['lang', 'key', 'sha256']).where('questionnaire_id', '=', questionnaireId)
  if (lang) query = query.where('lang', '=', lang)
  const byLang: Record<string, Record<string, string>> = {}
  for (const row of await query.execute()) (byLang[row.lang] ??= {})[row.key] = recordingUrl(row.sha256)
  return byLang
}
