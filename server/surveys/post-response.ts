import { createRoute } from '@hono/zod-openapi'
import { responseAcceptedSchema, responseSubmissionSchema } from '../../shared/responses/submission'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { hashReceiptCode } from '../receipts/receipt-code'
import { answerTime } from '../responses/answer-clock'
import { validateSubmission } from '../responses/validate-submission'
import { loadSurveyLink } from './load-survey-link'
import { surveyCodeParamSchema } from './params'

const route = createRoute({
  method: 'post',
  path: '/surveys/{code}/responses',
  summary: 'Send one anonymous response (idempotent by clientId; no login)',
  request: {
    params: surveyCodeParamSchema,
    body: { content: { 'application/json': { schema: responseSubmissionSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Stored, flagged or not (too close to the kiosk interval, a device clock off, a burst), verified or not',
      content: { 'application/json': { schema: responseAcceptedSchema } },
    },
    200: { description: 'Already stored (a replay of the same clientId)', content: { 'application/json': { schema: responseAcceptedSchema } } },
    400: { description: 'Invalid against the questionnaire version; `error.fields` names each field' },
    410: { description: 'Revoked link, closed campaign, outside its period, or a unit removed from the campaign' },
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
