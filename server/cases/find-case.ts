import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { FeedbackCase } from '../../shared/cases/schemas'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { forbidden, notFound } from '../http/errors'
import { caseScope } from './case-scope'
import { loadCases } from './load-cases'

/** One case for staff: 404 when there is none, 403 when it belongs to a unit outside the account's. */
export async function findCaseForStaff(ctx: AppContext, user: SessionUser, caseId: number): Promise<FeedbackCase> {
  const [found] = await loadCases(ctx, { agencyIds: null, caseId, today: todayInVietnam() })
  if (!found) throw notFound('Case')
  const scope = await caseScope(ctx, user)
  if (scope && !scope.has(found.agencyId)) throw forbidden('This unit’s cases are not yours to handle')
  return found
}
