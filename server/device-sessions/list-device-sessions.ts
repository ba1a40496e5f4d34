import { endpoints } from '../../shared/api/endpoints'
import type { DeviceSession } from '../../shared/field/schemas'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'

const route = endpointRoute(endpoints.deviceSessions.list, {
  summary: 'Surveyors’ device sessions not yet expired, newest first, revoked ones included (admins)',
  returns: 'Device sessions',
})

export function listDeviceSessions(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const rows = await ctx.db
      .selectFrom('device_sessions')
      .innerJoin('users', 'users.id', 'device_sessions.user_id')
      .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select([
        'device_sessions.id',
        'device_sessions.user_id',
        'users.name',
        'users.email',
        'organisations.name as organisation',
        'device_sessions.label',
        'device_sessions.created_at',
        'device_sessions.last_seen_at',
        'device_sessions.expires_at',
        'device_sessions.revoked_at',
      ])
      .where('device_sessions.expires_at', '>', new Date())
      .orderBy('device_sessions.id', 'desc')
      .execute()
    const sessions: DeviceSession[] = rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      userName: row.name,
      userEmail: row.email,
      organisationName: row.organisation,
      label: row.label,
      createdAt: row.created_at.toISOString(),
      lastSeenAt: row.last_seen_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      revokedAt: row.revoked_at?.toISOString() ?? null,
    }))
    return c.json(sessions, 200)
  })
}
