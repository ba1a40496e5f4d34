import { endpoints } from '../../shared/api/endpoints'
import { assertReadsResults } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { assertCampaignUnit } from '../links/assert-campaign-unit'
import { loadUnitNote } from './load-unit-note'

const route = endpointRoute(endpoints.publication.unitNote, {
  summary: 'What the unit does about its weakest criteria, as printed on its results poster',
  returns: 'The note (empty text when none)',
  errors: { 403: 'The unit is outside the account’s scope', 404: 'Not a unit of this campaign' },
})

export function getUnitNote(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    assertReadsResults(c.var.user)
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    return c.json(await loadUnitNote(ctx.db, id, agencyId), 200)
  })
}
