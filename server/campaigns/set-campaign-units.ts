import { createRoute } from '@hono/zod-openapi'
import { campaignSchema, setCampaignUnitsSchema } from '../../shared/campaigns/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { conflict, fieldError, notFound } from '../http/errors'
import { idParamSchema } from '../http/id-param'
import { createRouter } from '../http/router'
import { hasResponses } from './check-campaign'
import { loadCampaign } from './load-campaign'

const setCampaignUnitsRoute = createRoute({
  method: 'put',
  path: '/{id}/units',
  summary: "Replace the units surveyed (admins); more than 5 is allowed with a warning. A removed unit's links close (410 unit_removed).",
  middleware: [requireRole('admin')] as const,
  request: { params: idParamSchema, body: { content: { 'application/json': { schema: setCampaignUnitsSchema } }, required: true } },
  responses: {
    200: { description: 'The campaign with its units and any warnings', content: { 'application/json': { schema: campaignSchema } } },
    404: { description: 'No such campaign' },
    409: { description: 'A unit with responses cannot be removed' },
  },
})

export function setCampaignUnits(ctx: AppContext) {
  return createRouter().openapi(setCampaignUnitsRoute, async (c) => {
    const { id } = c.req.valid('param')
    const agencyIds = [...new Set(c.req.valid('json').agencyIds)]
    const campaign = await ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('campaigns').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!current) throw notFound('Campaign')
      if (agencyIds.length > 0) {
        const found = await trx.selectFrom('agencies').select('id').where('id', 'in', agencyIds).execute()
        const unknown = agencyIds.filter((agencyId) => !found.some((a) => a.id === agencyId))
        if (unknown.length > 0) throw fieldError('agencyIds', `unknown agency id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`)
      }
      if (current.status === 'open' && agencyIds.length === 0) throw fieldError('agencyIds', 'an open campaign needs at least one unit')
      const before = await trx.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', id).execute()
      const removed = before.map((u) => u.agency_id).filter((agencyId) => !agencyIds.includes(agencyId))
      if (await hasResponses(trx, id, removed)) {
        throw conflict('A unit that already has responses cannot be removed from the campaign', { agencyIds: 'a removed unit has responses' })
      }
      // Only the removed rows are deleted: every response points at its unit's row.
      if (removed.length > 0) await trx.deleteFrom('campaign_units').where('campaign_id', '=', id).where('agency_id', 'in', removed).execute()
      const added = agencyIds.filter((agencyId) => !before.some((u) => u.agency_id === agencyId))
      if (added.length > 0)
        await trx
          .insertInto('campaign_units')
          .values(added.map((agencyId) => ({ campaign_id: id, agency_id: agencyId })))
          .execute()
      await recordAudit(trx, { userId: c.var.user.id, action: 'set_units', entity: 'campaign', entityId: id, details: { agencyIds } })
      return (await loadCampaign(trx, id))!
    })
    // The links of a removed unit close at once (410 unit_removed), see load-survey-link.
    ctx.surveyLinks.forget()
    return c.json(campaign, 200)
  })
}
