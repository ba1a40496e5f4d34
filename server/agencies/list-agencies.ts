import { endpoints } from '../../shared/api/endpoints'
import { accessibleAgencyIds } from '../auth/agency-access'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { agencyColumns, toAgency } from './to-agency'

const listAgenciesRoute = endpointRoute(endpoints.agencies.list, {
  summary: 'Agencies the account may see (all for admins; an agency and its sub-agencies otherwise)',
  returns: 'Agencies; build the tree from parentId',
})

export function listAgencies(ctx: AppContext) {
  return createRouter().openapi(listAgenciesRoute, async (c) => {
    const visible = await accessibleAgencyIds(ctx, c.var.user)
    if (visible?.size === 0) return c.json([], 200)
    let query = ctx.db.selectFrom('agencies').select(agencyColumns).orderBy('name').orderBy('id')
    if (visible) query = query.where('id', 'in', [...visible])
    const rows = await query.execute()
    return c.json(rows.map(toAgency), 200)
  })
}
