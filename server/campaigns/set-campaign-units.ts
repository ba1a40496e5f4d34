import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, fieldError, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { hasResponses } from './check-campaign'
import { loadCampaign } from './load-campaign'

const setCampaignUnitsRoute = endpointRoute(endpoints.campaigns.setUnits, {
  summary: "Replace the units surveyed (admins); more than 5 is allowed with a warning. A removed unit's links close (410 unit_removed).",
  middleware: [requireRole('admin')],
  returns: 'The campaign with its units and any warnings',
  errors: { 404: 'No such campaign', 409: 'A unit with responses cannot be removed' },
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
        if (unknown.length > 0) throw fieldError('agencyIds', 'not_found', `unknown agency id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`)
      }
      if (current.status === 'open' && agencyIds.length === 0) throw fieldError('agencyIds', 'needs_units', 'an open campaign needs at least one unit')
      const before = await trx.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', id).execute()
      const removed = before.map((u) => u.agency_id).filter((agencyId) => !agencyIds.includes(agencyId))
      if (await hasResponses(trx, id, removed)) {
        throw conflict('A unit that already has responses cannot be removed from the campaign', {
          agencyIds: problem('has_responses', 'a removed unit has responses'),
        })
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
