import { endpoints } from '../../shared/api/endpoints'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { campaignExists } from './load-team'

export function getTeamInterviews(ctx: AppContext) {
  const route = endpointRoute(endpoints.teams.interviews, {
    summary:
      'How many interviews each surveyor recorded for a campaign, flagged ones among them (admins: the surveyor behind an answer is for accountability only)',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'Per surveyor',
    errors: { 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await campaignExists(ctx.db, id))) throw notFound('Campaign')
    const rows = await ctx.db
      .selectFrom('responses')
      .select((eb) => ['surveyor_id', eb.fn.countAll<string>().as('interviews'), eb.fn.count<string>('id').filterWhere('flagged', '=', true).as('flagged')])
      .where('campaign_id', '=', id)
      .where('surveyor_id', 'is not', null)
      .groupBy('surveyor_id')
      .orderBy('surveyor_id')
      .execute()
    return c.json(
      rows.map((row) => ({ surveyorId: row.surveyor_id!, interviews: Number(row.interviews), flagged: Number(row.flagged) })),
      200,
    )
  })
}
