import { endpoints } from '../../shared/api/endpoints'
import { vietnamDate } from '../../shared/calendar/vietnam-time'
import { addWorkingDays } from '../../shared/calendar/working-days'
import { caseTrigger } from '../cases/case-trigger'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { hashReceiptCode } from '../receipts/receipt-code'
import { answerTime } from '../responses/answer-clock'
import { maskPersonalData } from '../responses/mask-personal-data'
import { validateSubmission } from '../responses/validate-submission'
import { loadSurveyLink } from './load-survey-link'

const route = endpointRoute(endpoints.public.respond, {
  summary: 'Send one anonymous response (idempotent by clientId; no login)',
  returns:
    'Stored, flagged or not (too close to the kiosk interval, a device clock off, a burst), verified or not; personal data masked out of the comment; `followUpCode` when it opened a feedback case',
  alsoReturns: { 200: 'Already stored (a replay of the same clientId)' },
  errors: {
    400: 'Invalid against the questionnaire version; `error.fields` names each field',
    410: 'Revoked link, closed campaign, outside its period, or a unit removed from the campaign',
  },
})

export function postResponse(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const survey = await loadSurveyLink(ctx, c.req.valid('param').code)
    c.set('answerChannel', survey.channel)
    const submission = c.req.valid('json')
    const validated = validateSubmission(survey.questionnaire.definition, submission)
    const masked = validated.comment === null ? null : maskPersonalData(validated.comment)
    const content = { ...validated, comment: masked?.text ?? null }
    const trigger = caseTrigger(survey.questionnaire.definition, content, submission.wantsReply === true, survey.caseRule)
    const receivedAt = new Date()
    const time = answerTime(submission.answeredAt ? new Date(submission.answeredAt) : undefined, receivedAt, survey.createdAt)
    const result = await ctx.responseWriter.submit({
      clientId: submission.clientId,
      origin: { channel: survey.channel, linkId: survey.linkId },
      campaignId: survey.campaign.id,
      agencyId: survey.agency.id,
      questionnaireId: survey.questionnaire.id,
      answeredAt: time.at,
      receivedAt,
      clockFlag: time.flag,
      receiptHash: submission.receiptCode ? hashReceiptCode(submission.receiptCode) : null,
      content,
      commentMasks: masked?.total ?? 0,
      feedbackCase: trigger && { ...trigger, dueOn: addWorkingDays(vietnamDate(receivedAt), ctx.config.caseDeadlineWorkingDays, ctx.holidays) },
    })
    if (result.created && masked) ctx.metrics.countCommentMasks(masked.counts)
    const receipt = result.verified ? 'verified' : submission.receiptCode ? 'unverified' : 'none'
    return c.json({ id: result.id, clientId: submission.clientId, receipt, followUpCode: result.followUpCode } as const, result.created ? 201 : 200)
  })
}
