import { createRoute } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { surveyorInterviewsSchema } from '../../shared/campaigns/team'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { campaignExists } from './load-team'

export function getTeamInterviews(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/team/interviews',
    summary:
      'How many interviews each surveyor recorded for a campaign, flagged ones among them (admins: the surveyor behind an answer is for accountability only)',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: { params: idParams },
    responses: {
      200: { description: 'Per surveyor', content: { 'application/json': { schema: surveyorInterviewsSchema } } },
      404: { description: 'No such campaign' },
    },
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
