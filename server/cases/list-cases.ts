import { createRoute, z } from '@hono/zod-openapi'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import { CASE_STATUSES, feedbackCaseSchema } from '../../shared/cases/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { caseScope } from './case-scope'
import { loadCases } from './load-cases'

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Feedback cases, earliest deadline first (admins; unit managers for their units)',
  request: {
    query: z.object({
      status: z.enum([...CASE_STATUSES, 'open', 'overdue']).optional(),
      agencyId: z.coerce.number().int().positive().optional(),
      campaignId: z.coerce.number().int().positive().optional(),
    }),
  },
  responses: {
    200: { description: 'The cases', content: { 'application/json': { schema: z.array(feedbackCaseSchema) } } },
    403: { description: 'The unit asked for is not one of the account’s' },
  },
})

export function listCases(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const query = c.req.valid('query')
    const agencyIds = await caseScope(ctx, c.var.user, query.agencyId)
    return c.json(await loadCases(ctx, { ...query, agencyIds, today: todayInVietnam() }), 200)
  })
}
