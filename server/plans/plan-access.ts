import type { Plan } from '../../shared/plans/schemas'
import type { SessionUser } from '../auth/session-user'
import { forbidden } from '../http/errors'

/**
 * Plans span the province, so they are read by admins and by viewers not limited to an
 * agency; a partner organisation's viewer reads only the plans their organisation takes part in.
 */
export function canReadPlan(user: SessionUser, plan: Pick<Plan, 'organisationIds'>): boolean {
  if (user.role === 'admin') return true
  if (user.role !== 'viewer' || user.agencyId !== null) return false
  return user.organisationId === null || plan.organisationIds.includes(user.organisationId)
}

export function assertCanReadPlan(user: SessionUser, plan: Pick<Plan, 'organisationIds'>): void {
  if (!canReadPlan(user, plan)) throw forbidden('This plan is outside your account’s scope')
}
