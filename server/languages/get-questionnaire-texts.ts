import { endpoints } from '../../shared/api/endpoints'
import { packSourceTexts } from '../../shared/language-packs/texts'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadLanguages } from './load-languages'
import { loadPacks } from './load-packs'
import { loadDefinition } from './questionnaire-param'
import { loadRecordingUrls } from './recording-urls'

export function getQuestionnaireTexts(ctx: AppContext) {
  const route = endpointRoute(endpoints.languages.texts, {
    summary: 'Every text of a questionnaire version and the survey app, in each language, with the recordings that read them aloud',
    middleware: [requireUser(ctx)],
    returns: 'The texts',
    errors: { 404: 'No such questionnaire' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const { definition } = await loadDefinition(ctx, id)
    const [languages, packs, recordings] = await Promise.all([loadLanguages(ctx.db), loadPacks(ctx.db, id), loadRecordingUrls(ctx.db, id)])
    const texts = packSourceTexts(definition).map(({ key, source }) => {
      const byLang: Record<string, string> = { vi: source.vi, en: source.en }
      for (const [lang, pack] of packs) if (pack[key]) byLang[lang] = pack[key]
      const urls: Record<string, string> = {}
      for (const [lang, byKey] of Object.entries(recordings)) if (byKey[key]) urls[lang] = byKey[key]
      return { key, texts: byLang, recordings: urls }
    })
    return c.json({ languages, texts }, 200)
  })
}
