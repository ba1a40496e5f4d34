import { BUILTIN_LANGUAGES } from '../../shared/language-packs/schemas'
import type { AppContext } from '../http/context'
import { fieldError } from '../http/errors'

/** A link may offer a language only once it exists and has its pack for the campaign's questionnaire. */
export async function assertLanguagesReady(ctx: AppContext, campaignId: number, languages: string[]): Promise<void> {
  const added = languages.filter((code) => !(BUILTIN_LANGUAGES as readonly string[]).includes(code))
  if (added.length === 0) return
  const ready = await ctx.db
    .selectFrom('languages as l')
    .innerJoin('campaigns as c', (join) => join.on('c.id', '=', campaignId))
    .leftJoin('language_pack_texts as t', (join) => join.onRef('t.lang', '=', 'l.code').onRef('t.questionnaire_id', '=', 'c.questionnaire_id'))
    .select(['l.code', (eb) => eb.fn.count<number>('t.key').as('texts')])
    .where('l.code', 'in', added)
    .groupBy('l.code')
    .execute()
  for (const code of added) {
    const found = ready.find((r) => r.code === code)
    if (!found) throw fieldError('languages', 'not_found', `no language "${code}"; add it first`)
    if (Number(found.texts) === 0)
      throw fieldError('languages', 'no_texts_yet', `"${code}" has no texts for this campaign's questionnaire yet: import its spreadsheet first`)
  }
}
