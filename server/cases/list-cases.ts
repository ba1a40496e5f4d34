import { endpoints } from '../../shared/api/endpoints'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { caseScope } from './case-scope'
import { loadCases } from './load-cases'

const route = endpointRoute(endpoints.cases.list, {
  summary: 'Feedback cases, earliest deadline first (admins; unit managers for their units)',
  returns: 'The cases',
  errors: { 403: 'The unit asked for is not one of the account’s' },
})

export function listCases(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query')
    const agencyIds = await caseScope(ctx, c.var.user, query.agencyId)
    return c.json(await loadCases(ctx, { ...query, agencyIds, today: todayInVietnam() }), 200)
  })
}
