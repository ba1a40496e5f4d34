import { endpoints } from '../../shared/api/endpoints'
import type { Language } from '../../shared/i18n'
import { BUILTIN_LANGUAGES } from '../../shared/language-packs/schemas'
import { appMessages } from '../../shared/language-packs/texts'
import { localizeDefinition, localizeWith } from '../../shared/questionnaires/localize'
import type { QuestionnaireKind } from '../../shared/questionnaires/schemas'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadPacks } from '../languages/load-packs'
import { loadRecordingUrls } from '../languages/recording-urls'
import { loadSurveyLink } from './load-survey-link'

const route = endpointRoute(endpoints.public.survey, {
  summary: 'The survey behind a kiosk or QR link, in one of the languages it offers (no login)',
  returns: 'The survey',
  errors: {
    404: 'Unknown code',
    410: 'Revoked link, closed campaign, outside its period (`survey_not_started` names `startsOn`), or a unit removed from the campaign (`unit_removed`)',
  },
})

const isBuiltin = (lang: string): lang is Language => (BUILTIN_LANGUAGES as readonly string[]).includes(lang)

export function getPublicSurvey(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query')
    const survey = await loadSurveyLink(ctx, c.req.valid('param').code, { anyDay: query.preview === '1' })
    const q = survey.questionnaire
    const lang = query.lang && survey.languages.includes(query.lang) ? query.lang : survey.languages[0]!
    const [packs, recordings, names] = await Promise.all([
      loadPacks(ctx.db, q.id),
      loadRecordingUrls(ctx.db, q.id, lang),
      ctx.db.selectFrom('languages').select(['code', 'name']).where('code', 'in', survey.languages).execute(),
    ])
    const pack = packs.get(lang) ?? {}
    const body: PublicSurvey = {
      code: survey.code,
      channel: survey.channel,
      lang,
      languages: survey.languages.flatMap((code) => names.filter((n) => n.code === code)),
      ...(!isBuiltin(lang) && { messages: appMessages(pack) }),
      readAloud: survey.readAloud,
      recordings: recordings[lang] ?? {},
      unit: survey.agency,
      campaign: survey.campaign,
      idleResetSeconds: ctx.config.kioskIdleResetSeconds,
      ...(query.preview === '1' && { preview: true }),
      questionnaire: {
        // a text missing from a pack (a link made before its import) shows in Vietnamese
        ...(isBuiltin(lang) ? localizeDefinition(q.definition, lang) : localizeWith(q.definition, (key, text) => pack[key] || text.vi)),
        id: q.id,
        kind: q.kind as QuestionnaireKind,
        scoring: q.scoring,
        version: q.version,
      },
    }
    // kiosks and phones may keep it for a minute; the service worker keeps it for offline use
    c.header('Cache-Control', 'private, max-age=60')
    return c.json(body, 200)
  })
}
