import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'

const listOrganisationsRoute = endpointRoute(endpoints.organisations.list, {
  summary: 'Partner organisations, by name',
  returns: 'Organisations',
})

export function listOrganisations(ctx: AppContext) {
  return createRouter().openapi(listOrganisationsRoute, async (c) => {
    const rows = await ctx.db.selectFrom('organisations').select(['id', 'name']).orderBy('id').execute()
    return c.json(rows, 200)
  })
}
