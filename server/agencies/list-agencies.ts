import { createRoute, z } from '@hono/zod-openapi'
import { agencySchema } from '../../shared/agencies/schemas'
import { accessibleAgencyIds } from '../auth/agency-access'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { agencyColumns, toAgency } from './to-agency'

const listAgenciesRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Agencies the account may see (all for admins; an agency and its sub-agencies otherwise)',
  responses: { 200: { description: 'Agencies; build the tree from parentId', content: { 'application/json': { schema: z.array(agencySchema) } } } },
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
