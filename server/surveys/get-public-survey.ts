import { createRoute, z } from '@hono/zod-openapi'
import { languageSchema } from '../../shared/i18n'
import { localizeDefinition } from '../../shared/questionnaires/localize'
import type { QuestionnaireKind } from '../../shared/questionnaires/schemas'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { loadSurveyLink } from './load-survey-link'
import { surveyCodeParamSchema } from './params'

const route = createRoute({
  method: 'get',
  path: '/surveys/{code}',
  summary: 'The survey behind a kiosk or QR link, in one language (no login)',
  request: {
    params: surveyCodeParamSchema,
    query: z.object({
      lang: languageSchema.default('vi'),
      /** `1`: staff look at the link before (or after) the campaign's period; the page sends nothing. */
      preview: z.enum(['0', '1']).optional(),
    }),
  },
  responses: {
    200: { description: 'The survey', content: { 'application/json': { schema: z.object({}).passthrough() } } },
    404: { description: 'Unknown code' },
    410: {
      description:
        'Revoked link, closed campaign, outside its period (`survey_not_started` names `startsOn`), or a unit removed from the campaign (`unit_removed`)',
    },
  },
})

export function getPublicSurvey(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { lang, preview } = c.req.valid('query')
    const survey = await loadSurveyLink(ctx, c.req.valid('param').code, { anyDay: preview === '1' })
    const q = survey.questionnaire
    const body: PublicSurvey = {
      code: survey.code,
      channel: survey.channel,
      lang,
      unit: survey.agency,
      campaign: survey.campaign,
      idleResetSeconds: ctx.config.kioskIdleResetSeconds,
      ...(preview === '1' && { preview: true }),
      questionnaire: {
        ...localizeDefinition(q.definition, lang),
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
