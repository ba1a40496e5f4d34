import { createRoute } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import { caseSummarySchema } from '../../shared/cases/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { caseScope } from './case-scope'

const route = createRoute({
  method: 'get',
  path: '/summary',
  summary: 'How many of the account’s cases are open and overdue (the badge in the admin menu)',
  responses: { 200: { description: 'The counts', content: { 'application/json': { schema: caseSummarySchema } } } },
})

export function getCaseSummary(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const scope = await caseScope(ctx, c.var.user)
    if (scope?.size === 0) return c.json({ open: 0, overdue: 0 }, 200)
    let query = ctx.db
      .selectFrom('feedback_cases')
      .select([sql<number>`count(*)::int`.as('open'), sql<number>`count(*) filter (where due_on < ${todayInVietnam()})::int`.as('overdue')])
      .where('status', 'in', ['new', 'in_progress'])
    if (scope) query = query.where('agency_id', 'in', [...scope])
    return c.json(await query.executeTakeFirstOrThrow(), 200)
  })
}
