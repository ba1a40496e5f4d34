import { OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { agenciesRoutes } from './agencies/routes'
import { auditRoutes } from './audit/routes'
import { authRoutes } from './auth/routes'
import { backupRoutes } from './backups/routes'
import { campaignsRoutes } from './campaigns/routes'
import { followUpRoutes } from './cases/follow-up-routes'
import { getCampaignCaseFigures } from './cases/get-campaign-case-figures'
import { casesRoutes } from './cases/routes'
import { deviceSessionsRoutes } from './device-sessions/routes'
import { docsRoutes } from './docs/routes'
import { exportsRoutes } from './exports/routes'
import { fieldRoutes } from './field/routes'
import { readinessRoutes } from './health/readiness'
import { healthRoutes } from './health/routes'
import { limitRequestBodies } from './http/body-limits'
import { compressResponses } from './http/compress-responses'
import type { AppContext, AppEnv } from './http/context'
import { ApiError, handleError } from './http/errors'
import { markRecentWrites } from './http/recent-writes'
import { requestLogger } from './http/request-logger'
import { sameOriginWrites } from './http/same-origin-writes'
import { securityHeaders } from './http/security-headers'
import { rejectUnstorableText } from './http/unstorable-text'
import { indicesRoutes } from './indices/routes'
import { integrityRoutes } from './integrity/routes'
import { languagesRoutes } from './languages/routes'
import { linksRoutes } from './links/routes'
import { answerMetrics, httpMetrics } from './metrics/http-metrics'
import { metricsRoutes } from './metrics/routes'
import { campaignBundleRoutes, nationalRoutes } from './national/routes'
import { organisationsRoutes } from './organisations/routes'
import { paperRoutes } from './paper/routes'
import { plansRoutes } from './plans/routes'
import { posterRoutes } from './posters/routes'
import { publicResultsRoutes } from './public-results/routes'
import { publicationRoutes } from './publication/routes'
import { questionnairesRoutes } from './questionnaires/routes'
import { staticRoutes } from './static/routes'
import { publicSurveyRoutes } from './surveys/routes'
import { targetsRoutes } from './targets/routes'
import { teamsRoutes } from './teams/routes'
import { usersRoutes } from './users/routes'

const OPENAPI_HEADER = {
  openapi: '3.1.0',
  info: {
    title: 'Hài Lòng API',
    version: '1',
    description: 'Citizen satisfaction surveys (SIPAS) for provincial administrations.',
  },
}

export function createApi(ctx: AppContext) {
  const api = new OpenAPIHono<AppEnv>()
  api.doc31('/openapi.json', OPENAPI_HEADER)
  if (ctx.database.replica) api.use('*', markRecentWrites())
  api.route('/auth', authRoutes(ctx))
  api.route('/users', usersRoutes(ctx))
  api.route('/agencies', agenciesRoutes(ctx))
  api.route('/questionnaires', questionnairesRoutes(ctx))
  api.route('/campaigns', campaignsRoutes(ctx))
  api.route('/audit', auditRoutes(ctx))
  api.route('/organisations', organisationsRoutes(ctx))
  api.route('/plans', plansRoutes(ctx))
  api.route('/national', nationalRoutes(ctx))
  api.route('/cases', casesRoutes(ctx))
  api.route('/device-sessions', deviceSessionsRoutes(ctx))
  api.route('/field', fieldRoutes(ctx))
  api.route('/', teamsRoutes(ctx))
  api.route('/', targetsRoutes(ctx))
  api.route('/', indicesRoutes(ctx))
  api.route('/', getCampaignCaseFigures(ctx))
  api.route('/', integrityRoutes(ctx))
  api.route('/', exportsRoutes(ctx))
  api.route('/', linksRoutes(ctx))
  api.route('/', campaignBundleRoutes(ctx))
  api.route('/', languagesRoutes(ctx))
  api.route('/', paperRoutes(ctx))
  api.route('/', publicationRoutes(ctx))
  api.on('POST', '/public/surveys/:code/responses', answerMetrics(ctx.metrics))
  api.route('/public', publicSurveyRoutes(ctx))
  api.route(
    '/docs',
    docsRoutes(() => api.getOpenAPI31Document(OPENAPI_HEADER)),
  )
  api.all('*', () => {
    throw new ApiError(404, 'not_found', 'No such API endpoint')
  })
  return api
}

export function createApp(ctx: AppContext) {
  const app = new Hono()
  app.onError(handleError(ctx.log))
  app.use('*', requestLogger(ctx.log))
  app.use('*', httpMetrics(ctx.metrics))
  app.use('*', securityHeaders())
  app.use('*', sameOriginWrites(ctx.config.publicUrl))
  app.use('*', limitRequestBodies())
  app.use('*', compressResponses())
  app.use('*', rejectUnstorableText())
  app.route('/healthz', healthRoutes(ctx))
  app.route('/readyz', readinessRoutes(ctx))
  app.route('/metrics', metricsRoutes(ctx))
  app.route('/ops', backupRoutes(ctx))
  app.route('/api/v1', createApi(ctx))
  app.route('/posters', posterRoutes(ctx))
  app.route('/ket-qua', publicResultsRoutes(ctx))
  app.route('/f', followUpRoutes(ctx))
  app.route('/', staticRoutes(ctx.config.clientDir))
  return app
}
