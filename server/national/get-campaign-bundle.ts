import { createRoute } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { signedBundleSchema } from '../../shared/national/schemas'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import { attachment } from '../exports/file-names'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { buildCampaignBundle } from './build-campaign-bundle'
import { signBundle } from './bundle-signature'
import { installationKey } from './installation-key'

export function getCampaignBundle(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/bundle',
    summary: 'The campaign’s sums per unit, element and criterion, signed with the installation’s key, for the national roll-up (admins)',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: { params: idParams },
    responses: {
      200: { description: 'The signed bundle', content: { 'application/json': { schema: signedBundleSchema } } },
      404: { description: 'No such campaign' },
      409: { description: 'PROVINCE_CODE and PROVINCE_NAME are not set' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const id = c.req.valid('param').id
    const bundle = signBundle(await buildCampaignBundle(ctx, c.var.user, id), await installationKey(ctx.db))
    await recordAudit(ctx.db, {
      userId: c.var.user.id,
      action: 'export',
      entity: 'campaign_bundle',
      entityId: id,
      details: { units: bundle.payload.units.length },
    })
    return c.json(bundle, 200, attachment(`hai-long-${bundle.payload.province.code}-dot-${id}.bundle.json`))
  })
}
