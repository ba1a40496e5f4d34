import { createRoute } from '@hono/zod-openapi'
import { paperFormSchema } from '../../shared/paper/schemas'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { loadPaperForm, paperFormOutcome, serialParamsSchema } from './load-paper-form'
import { assertEntersCampaign } from './paper-access'

export function getPaperForm(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/paper-forms/{serial}',
    summary: 'A paper form by its serial (typed or scanned): its unit, questionnaire, entries and, when they differ, the differing fields side by side',
    middleware: [requireUser(ctx), requireRole('admin', 'surveyor')] as const,
    request: { params: serialParamsSchema },
    responses: {
      200: { description: 'The form', content: { 'application/json': { schema: paperFormSchema } } },
      403: { description: 'Not on the campaign’s survey team' },
      404: { description: 'unknown_serial' },
    },
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
