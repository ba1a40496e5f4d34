import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { notFound } from '../http/errors'
import { createRouter } from '../http/router'

const route = endpointRoute(endpoints.deviceSessions.revoke, {
  summary: 'Revoke a device session (admins): the device’s answers are refused from now on until its surveyor logs in again',
  returns: 'Revoked (or already was)',
  errors: { 404: 'No such device session' },
})

export function revokeDeviceSession(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    await ctx.db.transaction().execute(async (trx) => {
      const session = await trx.selectFrom('device_sessions').select(['id', 'revoked_at']).where('id', '=', id).forUpdate().executeTakeFirst()
      if (!session) throw notFound('Device session')
      if (session.revoked_at) return
      await trx.updateTable('device_sessions').set({ revoked_at: new Date(), revoked_by: c.var.user.id }).where('id', '=', id).execute()
      await recordAudit(trx, { userId: c.var.user.id, action: 'revoke', entity: 'device_session', entityId: id })
    })
    return c.body(null, 204)
  })
}
