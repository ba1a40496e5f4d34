import { sql } from 'kysely'
import { endpoints } from '../../shared/api/endpoints'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { caseScope } from './case-scope'

const route = endpointRoute(endpoints.cases.summary, {
  summary: 'How many of the account’s cases are open and overdue (the badge in the admin menu)',
  returns: 'The counts',
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
