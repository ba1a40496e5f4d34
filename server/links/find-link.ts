import { assertAgencyAccess } from '../auth/agency-access'
import type { SessionUser } from '../auth/session-user'
import type { SurveyLinkRow } from '../db/schema/survey-link'
import type { AppContext } from '../http/context'
import { notFound } from '../http/errors'

/** The link for staff endpoints: 404 when unknown, 403 outside the user's agencies. */
export async function findLinkForStaff(ctx: AppContext, user: SessionUser, code: string): Promise<SurveyLinkRow> {
  const link = await ctx.db.selectFrom('survey_links').selectAll().where('code', '=', code).executeTakeFirst()
  if (!link) throw notFound('Survey link')
  await assertAgencyAccess(ctx, user, link.agency_id)
  return link
}
