import { createRoute, z } from '@hono/zod-openapi'
import { organisationSchema } from '../../shared/organisations/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'

const listOrganisationsRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Partner organisations, by name',
  responses: { 200: { description: 'Organisations', content: { 'application/json': { schema: z.array(organisationSchema) } } } },
})

export function listOrganisations(ctx: AppContext) {
  return createRouter().openapi(listOrganisationsRoute, async (c) => {
    const rows = await ctx.db.selectFrom('organisations').select(['id', 'name']).orderBy('id').execute()
    return c.json(rows, 200)
  })
}
