import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { assertCampaignUnit } from '../links/assert-campaign-unit'
import { loadUnitNote } from './load-unit-note'

const route = endpointRoute(endpoints.publication.setUnitNote, {
  summary: 'Set what the unit does about its weakest criteria (its managers and admins; a closed campaign)',
  middleware: [requireRole('admin', 'unit_manager')],
  returns: 'The note',
  errors: {
    400: 'The text is too long (error.fields.text)',
    403: 'Not the unit’s manager or an admin',
    404: 'Not a unit of this campaign',
    409: 'The campaign is not closed (error.fields.status)',
  },
})

export function setUnitNote(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    const { text } = c.req.valid('json')
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    const note = await ctx.db.transaction().execute(async (trx) => {
      const campaign = await trx.selectFrom('campaigns').select('status').where('id', '=', id).forUpdate().executeTakeFirstOrThrow()
      if (campaign.status !== 'closed')
        throw conflict('The note goes with a closed campaign’s results', { status: problem('must_be_closed', 'must be closed') })
      const before = await loadUnitNote(trx, id, agencyId)
      await trx
        .insertInto('unit_result_notes')
        .values({ campaign_id: id, agency_id: agencyId, text, updated_by: c.var.user.id })
        .onConflict((oc) => oc.columns(['campaign_id', 'agency_id']).doUpdateSet({ text, updated_by: c.var.user.id, updated_at: new Date() }))
        .execute()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'update',
        entity: 'unit_result_note',
        entityId: `${id}/${agencyId}`,
        details: { before: before.text, after: text },
      })
      return loadUnitNote(trx, id, agencyId)
    })
    ctx.publicResults.forget()
    return c.json(note, 200)
  })
}
