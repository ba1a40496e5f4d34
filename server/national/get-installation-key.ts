import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { installationKey, keyFingerprint } from './installation-key'

const getInstallationKeyRoute = endpointRoute(endpoints.national.key, {
  summary: 'This installation’s public key, which a national installation registers to accept its bundles',
  returns: 'The public key',
})

export function getInstallationKey(ctx: AppContext) {
  return createRouter().openapi(getInstallationKeyRoute, async (c) => {
    const { publicKey } = await installationKey(ctx.db)
    return c.json({ publicKey, fingerprint: keyFingerprint(publicKey) }, 200)
  })
}
