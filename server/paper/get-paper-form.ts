import { endpoints } from '../../shared/api/endpoints'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { loadPaperForm, paperFormOutcome } from './load-paper-form'
import { assertEntersCampaign } from './paper-access'

export function getPaperForm(ctx: AppContext) {
  const route = endpointRoute(endpoints.paperForms.get, {
    summary: 'A paper form by its serial (typed or scanned): its unit, questionnaire, entries and, when they differ, the differing fields side by side',
    middleware: [requireUser(ctx), requireRole('admin', 'surveyor')],
    returns: 'The form',
    errors: { 403: 'Not on the campaign’s survey team', 404: 'unknown_serial' },
  })
  return createRouter().openapi(route, async (c) => {
    const form = await loadPaperForm(ctx.db, c.req.valid('param').serial)
    await assertEntersCampaign(ctx.db, c.var.user, form.campaignId)
    return c.json(
      {
        ...paperFormOutcome(form),
        campaignId: form.campaignId,
        campaignName: form.campaignName,
        agencyId: form.agencyId,
        unitName: form.unitName,
        definition: form.definition,
        entries: form.entries.map(({ round, userId, userName }) => ({ round, userId, userName })),
      },
      200,
    )
  })
}
