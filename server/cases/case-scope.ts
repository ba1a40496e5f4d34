import { accessibleAgencyIds } from '../auth/agency-access'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { forbidden } from '../http/errors'

/**
 * The units whose cases an account handles: all (null) for admins, a unit manager's own part of
 * the agency tree otherwise. Naming a unit outside it is refused (403), never answered empty.
 */
export async function caseScope(ctx: AppContext, user: SessionUser, agencyId?: number): Promise<Set<number> | null> {
  const visible = await accessibleAgencyIds(ctx, user)
  if (agencyId !== undefined && visible && !visible.has(agencyId)) throw forbidden('This unit’s cases are not yours to handle')
  return visible
}
