import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { CaseRule } from '../../shared/cases/schemas'
import { isAccepting } from '../campaigns/accepting-campaign'
import type { QuestionnaireRow } from '../db/schema/questionnaire'
import type { Channel } from '../db/schema/survey-link'
import type { AppContext } from '../http/context'
import { ApiError, notFound, problem } from '../http/errors'
import { findSurveyLink } from './find-survey-link'

export interface SurveyLinkContext {
  linkId: number
  code: string
  channel: Channel
  minIntervalSeconds: number
  /** No answer is dated before the link existed. */
  createdAt: Date
  agency: { id: number; name: string }
  campaign: { id: number; name: string; year: number; startsOn: string; endsOn: string }
  /** Which answers open a feedback case (a campaign setting). */
  caseRule: CaseRule
  questionnaire: QuestionnaireRow
  /** The languages offered, the first shown first. */
  languages: string[]
  readAloud: boolean
}

const gone = (code: string, message: string) => new ApiError(410, code, message)

/** The link's unit was removed from the campaign: its links close with it. */
export const unitRemoved = () => gone('unit_removed', 'This unit is no longer part of the survey. / Đơn vị này không còn tham gia đợt khảo sát.')

/**
 * A public survey link that accepts answers now: 404 for an unknown code, 410 with a
 * clear message for a revoked link, a closed campaign, or a day outside its period (before
 * the start, `fields.startsOn` gives the day, for the kiosk and phone to say it in their
 * language). `anyDay` (a staff preview) skips the campaign's status and period.
 */
export async function loadSurveyLink(ctx: AppContext, code: string, options: { anyDay?: boolean } = {}): Promise<SurveyLinkContext> {
  const row = await ctx.surveyLinks.get(code, () => findSurveyLink(ctx.db, code))
  if (!row) throw notFound('Survey')
  if (row.revoked_at) throw gone('link_revoked', 'This survey link is no longer in use. / Đường dẫn khảo sát này không còn sử dụng.')
  if (!row.isUnit) throw unitRemoved()
  if (!options.anyDay && !isAccepting(row)) {
    const today = todayInVietnam()
    if (row.status === 'open' && today < row.starts_on) {
      throw new ApiError(410, 'survey_not_started', `The survey starts on ${row.starts_on}. / Đợt khảo sát bắt đầu từ ngày ${row.starts_on}.`, {
        startsOn: problem('not_started', row.starts_on),
      })
    }
    throw gone('survey_closed', 'This survey has ended. Thank you. / Đợt khảo sát đã kết thúc. Xin cảm ơn.')
  }
  return {
    linkId: row.linkId,
    code,
    channel: row.channel,
    minIntervalSeconds: row.min_interval_seconds,
    createdAt: row.created_at,
    agency: { id: row.agencyId, name: row.agencyName },
    campaign: { id: row.campaignId, name: row.campaignName, year: row.year, startsOn: row.starts_on, endsOn: row.ends_on },
    caseRule: row.case_rule,
    questionnaire: (await ctx.questionnaires.row(ctx.db, row.questionnaire_id))!,
    languages: row.languages,
    readAloud: row.read_aloud,
  }
}
