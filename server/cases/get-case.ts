import { createRoute } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { feedbackCaseSchema } from '../../shared/cases/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { findCaseForStaff } from './find-case'

const route = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One feedback case (admins; unit managers for their units)',
  request: { params: idParams },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: feedbackCaseSchema } } },
    403: { description: 'Another unit’s case' },
    404: { description: 'No such case' },
  },
})

export function getCase(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => c.json(await findCaseForStaff(ctx, c.var.user, c.req.valid('param').id), 200))
}
