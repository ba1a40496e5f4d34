import { createRoute } from '@hono/zod-openapi'
import { importResultSchema, signedBundleSchema } from '../../shared/national/schemas'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { ApiError, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { bundleSignedBy, payloadDigest } from './bundle-signature'

const importBundleRoute = createRoute({
  method: 'post',
  path: '/bundles',
  summary: 'Import a province’s signed campaign bundle: verified against its registered key; the same bundle again changes nothing, a newer one replaces it',
  request: { body: { content: { 'application/json': { schema: signedBundleSchema } }, required: true } },
  responses: {
    200: { description: 'Already imported, or replaced', content: { 'application/json': { schema: importResultSchema } } },
    201: { description: 'Imported', content: { 'application/json': { schema: importResultSchema } } },
    422: { description: 'Unknown province, or the signature does not match the province’s registered key' },
  },
})

export function importBundle(ctx: AppContext) {
  return createRouter().openapi(importBundleRoute, async (c) => {
    const bundle = c.req.valid('json')
    const { payload } = bundle
    const province = await ctx.db.selectFrom('national_provinces').select(['code', 'public_key']).where('code', '=', payload.province.code).executeTakeFirst()
    if (!province) {
      throw new ApiError(422, 'unknown_province', `Province ${payload.province.code} is not registered: register its public key first`, {
        'payload.province.code': problem('not_registered', 'is not registered'),
      })
    }
    if (!bundleSignedBy(bundle, province.public_key)) {
      throw new ApiError(422, 'bad_signature', 'The bundle was not signed by the registered key of this province, or was changed after signing', {
        'signature.value': problem('bad_signature', 'does not match the bundle and the province’s registered key'),
      })
    }
    const digest = payloadDigest(payload)
    const status = await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('national_bundles')
        .select(['id', 'digest'])
        .where('province_code', '=', province.code)
        .where('campaign_ref', '=', payload.campaign.id)
        .forUpdate()
        .executeTakeFirst()
      if (existing?.digest === digest) return 'unchanged' as const
      const row = {
        province_code: province.code,
        campaign_ref: payload.campaign.id,
        year: payload.campaign.year,
        questionnaire_kind: payload.questionnaire.kind,
        digest,
        payload: JSON.stringify(payload),
      }
      await trx
        .insertInto('national_bundles')
        .values(row)
        .onConflict((oc) => oc.columns(['province_code', 'campaign_ref']).doUpdateSet({ ...row, received_at: new Date() }))
        .execute()
      const action = existing ? 'replaced' : 'imported'
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: action === 'imported' ? 'import' : 'replace',
        entity: 'national_bundle',
        entityId: `${province.code}/${payload.campaign.id}`,
        details: { campaign: payload.campaign.name, year: payload.campaign.year, units: payload.units.length, digest },
      })
      return action
    })
    const result = { status, province: province.code, campaign: payload.campaign.name, year: payload.campaign.year, units: payload.units.length }
    return c.json(result, status === 'imported' ? 201 : 200)
  })
}
