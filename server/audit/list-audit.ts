import { endpoints } from '../../shared/api/endpoints'
import type { AuditEntry } from '../../shared/audit/schemas'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'

const listAuditRoute = endpointRoute(endpoints.audit.list, {
  summary: 'Audit log, newest first (admins)',
  middleware: [requireRole('admin')],
  returns: 'One page of entries',
})

export function listAudit(ctx: AppContext) {
  return createRouter().openapi(listAuditRoute, async (c) => {
    const { limit, before } = c.req.valid('query')
    let query = ctx.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.user_id',
        'users.email',
        'organisations.name as organisation',
        'audit_log.action',
        'audit_log.entity',
        'audit_log.entity_id',
        'audit_log.details',
      ])
      .orderBy('audit_log.id', 'desc')
      .limit(limit + 1)
    if (before !== undefined) query = query.where('audit_log.id', '<', before)
    const rows = await query.execute()
    const items: AuditEntry[] = rows.slice(0, limit).map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      userId: row.user_id,
      userEmail: row.email,
      userOrganisation: row.organisation,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      details: row.details,
    }))
    const nextBefore = rows.length > limit ? items[items.length - 1]!.id : null
    return c.json({ items, nextBefore }, 200)
  })
}
