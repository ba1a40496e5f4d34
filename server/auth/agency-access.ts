import { sql } from 'kysely'
import type { AppContext } from '../http/context'
import { forbidden } from '../http/errors'
import type { SessionUser } from './session-user'

/**
 * The agencies a user may see: every one (null) for admins and unrestricted viewers,
 * otherwise the user's agency and all agencies below it in the tree.
 */
export async function accessibleAgencyIds(ctx: AppContext, user: SessionUser): Promise<Set<number> | null> {
  if (user.role === 'admin' || user.agencyId === null) return null
  const { rows } = await sql<{ id: number }>`
    with recursive subtree(id) as (
      select id from agencies where id = ${user.agencyId}
      union all
      select a.id from agencies a join subtree s on a.parent_id = s.id
    )
    select id from subtree`.execute(ctx.db)
  return new Set(rows.map((r) => r.id))
}

export async function canAccessAgency(ctx: AppContext, user: SessionUser, agencyId: number): Promise<boolean> {
  const ids = await accessibleAgencyIds(ctx, user)
  return ids === null || ids.has(agencyId)
}

/** Throws 403 when the agency is outside the user's part of the tree. */
export async function assertAgencyAccess(ctx: AppContext, user: SessionUser, agencyId: number): Promise<void> {
  if (!(await canAccessAgency(ctx, user, agencyId))) throw forbidden('This agency is outside your account’s scope')
}

/**
 * Throws 403 unless the user may see a campaign surveying these agencies: an agency-limited
 * account sees a campaign only when it surveys one of its agencies, so never one without
 * units. Every campaign route (the campaign, its indices, breakdowns, timeline, exports)
 * applies this; the campaign list applies the same rule in SQL.
 */
export function assertCampaignInScope(visible: Set<number> | null, campaignAgencyIds: number[]): void {
  if (visible && !campaignAgencyIds.some((agencyId) => visible.has(agencyId))) throw forbidden('This campaign does not survey your agency')
}
