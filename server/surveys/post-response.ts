import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { hashReceiptCode } from '../receipts/receipt-code'
import { answerTime } from '../responses/answer-clock'
import { validateSubmission } from '../responses/validate-submission'
import { loadSurveyLink } from './load-survey-link'

const route = endpointRoute(endpoints.public.respond, {
  summary: 'Send one anonymous response (idempotent by clientId; no login)',
  returns: 'Stored, flagged or not (too close to the kiosk interval, a device clock off, a burst), verified or not',
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
    const content = validateSubmission(survey.questionnaire.definition, submission)
    const receivedAt = new Date()
    const time = answerTime(submission.answeredAt ? new Date(submission.answeredAt) : undefined, receivedAt, survey.createdAt)
    const result = await ctx.responseWriter.submit({
      clientId: submission.clientId,
      link: { id: survey.linkId, channel: survey.channel },
      campaignId: survey.campaign.id,
      agencyId: survey.agency.id,
      questionnaireId: survey.questionnaire.id,
      answeredAt: time.at,
      receivedAt,
      clockFlag: time.flag,
      receiptHash: submission.receiptCode ? hashReceiptCode(submission.receiptCode) : null,
      content,
    })
    const receipt = result.verified ? 'verified' : submission.receiptCode ? 'unverified' : 'none'
    return c.json({ id: result.id, clientId: submission.clientId, receipt } as const, result.created ? 201 : 200)
  })
}
