import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { findCaseForStaff } from './find-case'

const route = endpointRoute(endpoints.cases.get, {
  summary: 'One feedback case (admins; unit managers for their units)',
  returns: 'The case',
  errors: { 403: 'Another unit’s case', 404: 'No such case' },
})

export function getCase(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => c.json(await findCaseForStaff(ctx, c.var.user, c.req.valid('param').id), 200))
}
