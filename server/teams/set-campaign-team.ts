import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { fieldError, notFound } from '../http/errors'
import { createRouter } from '../http/router'
import { campaignExists, loadTeam } from './load-team'

export function setCampaignTeam(ctx: AppContext) {
  const route = endpointRoute(endpoints.teams.set, {
    summary: 'Replace the survey team of a campaign (admins): active accounts, surveyors see only their team’s campaigns',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'The new team',
    errors: { 400: 'An account is unknown or inactive (field userIds.N)', 404: 'No such campaign' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const listed = c.req.valid('json').userIds
    const userIds = [...new Set(listed)]
    const team = await ctx.db.transaction().execute(async (trx) => {
      if (!(await campaignExists(trx, id))) throw notFound('Campaign')
      const active = userIds.length
        ? new Set((await trx.selectFrom('users').select('id').where('id', 'in', userIds).where('active', '=', true).execute()).map((u) => u.id))
        : new Set<number>()
      const unknown = listed.findIndex((userId) => !active.has(userId))
      if (unknown !== -1) throw fieldError(`userIds.${unknown}`, 'not_found', 'no such active account')
      await trx.deleteFrom('campaign_team').where('campaign_id', '=', id).execute()
      if (userIds.length)
        await trx
          .insertInto('campaign_team')
          .values(userIds.map((userId) => ({ campaign_id: id, user_id: userId })))
          .execute()
      await recordAudit(trx, { userId: c.var.user.id, action: 'update', entity: 'campaign_team', entityId: id, details: { userIds } })
      return loadTeam(trx, id)
    })
    return c.json(team, 200)
  })
}
