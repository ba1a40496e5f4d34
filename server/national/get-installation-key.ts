import { createRoute } from '@hono/zod-openapi'
import { installationKeySchema } from '../../shared/national/schemas'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { installationKey, keyFingerprint } from './installation-key'

const getInstallationKeyRoute = createRoute({
  method: 'get',
  path: '/key',
  summary: 'This installation’s public key, which a national installation registers to accept its bundles',
  responses: { 200: { description: 'The public key', content: { 'application/json': { schema: installationKeySchema } } } },
})

export function getInstallationKey(ctx: AppContext) {
  return createRouter().openapi(getInstallationKeyRoute, async (c) => {
    const { publicKey } = await installationKey(ctx.db)
    return c.json({ publicKey, fingerprint: keyFingerprint(publicKey) }, 200)
  })
}
