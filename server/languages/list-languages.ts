import { createRoute, z } from '@hono/zod-openapi'
import { languageSchema } from '../../shared/language-packs/schemas'
import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { loadLanguages } from './load-languages'

export function listLanguages(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/languages',
    summary: 'The languages a survey can be offered in: Vietnamese, English and those a province added',
    middleware: [requireUser(ctx)] as const,
    responses: { 200: { description: 'The languages', content: { 'application/json': { schema: z.array(languageSchema) } } } },
  })
  return createRouter().openapi(route, async (c) => c.json(await loadLanguages(ctx.db), 200))
}
