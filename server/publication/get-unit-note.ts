import { createRoute } from '@hono/zod-openapi'
import { campaignUnitParams } from '../../shared/api/params'
import { unitResultNoteSchema } from '../../shared/publication/schemas'
import { assertReadsResults } from '../auth/campaign-access'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { assertCampaignUnit } from '../links/assert-campaign-unit'
import { loadUnitNote } from './load-unit-note'

const route = createRoute({
  method: 'get',
  path: '/campaigns/{id}/units/{agencyId}/result-note',
  summary: 'What the unit does about its weakest criteria, as printed on its results poster',
  request: { params: campaignUnitParams },
  responses: {
    200: { description: 'The note (empty text when none)', content: { 'application/json': { schema: unitResultNoteSchema } } },
    403: { description: 'The unit is outside the account’s scope' },
    404: { description: 'Not a unit of this campaign' },
  },
})

export function getUnitNote(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id, agencyId } = c.req.valid('param')
    assertReadsResults(c.var.user)
    await assertCampaignUnit(ctx, c.var.user, id, agencyId)
    return c.json(await loadUnitNote(ctx.db, id, agencyId), 200)
  })
}
