import { createPublicKey } from 'node:crypto'
import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { fieldError } from '../http/errors'
import { createRouter } from '../http/router'
import { keyFingerprint } from './installation-key'

const registerProvinceRoute = endpointRoute(endpoints.national.registerProvince, {
  summary: 'Register a province and the public key its bundles are signed with (a new key replaces the old)',
  returns: 'Registered',
  errors: { 400: 'Not an Ed25519 public key' },
})

function assertEd25519(publicKey: string): void {
  try {
    if (createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' }).asymmetricKeyType === 'ed25519') return
  } catch {
    // reported below
  }
  throw fieldError('publicKey', 'invalid_key', 'is not an Ed25519 public key (base64, as the province’s admin page shows it)')
}

export function registerProvince(ctx: AppContext) {
  return createRouter().openapi(registerProvinceRoute, async (c) => {
    const province = c.req.valid('json')
    assertEd25519(province.publicKey)
    const bundles = await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('national_provinces')
        .values({ code: province.code, name: province.name, public_key: province.publicKey })
        .onConflict((oc) => oc.column('code').doUpdateSet({ name: province.name, public_key: province.publicKey }))
        .execute()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'register',
        entity: 'national_province',
        entityId: province.code,
        details: { name: province.name, fingerprint: keyFingerprint(province.publicKey) },
      })
      const { n } = await trx
        .selectFrom('national_bundles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('province_code', '=', province.code)
        .executeTakeFirstOrThrow()
      return Number(n)
    })
    return c.json({ code: province.code, name: province.name, fingerprint: keyFingerprint(province.publicKey), bundles }, 200)
  })
}
