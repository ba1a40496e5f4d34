import { endpoints } from '../../shared/api/endpoints'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadLanguages } from './load-languages'

export function listLanguages(ctx: AppContext) {
  const route = endpointRoute(endpoints.languages.list, {
    summary: 'The languages a survey can be offered in: Vietnamese, English and those a province added',
    middleware: [requireUser(ctx)],
    returns: 'The languages',
  })
  return createRouter().openapi(route, async (c) => c.json(await loadLanguages(ctx.db), 200))
}
