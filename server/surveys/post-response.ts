import { createRoute } from '@hono/zod-openapi'
import { responseAcceptedSchema, responseSubmissionSchema } from '../../shared/responses/submission'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { hashReceiptCode } from '../receipts/receipt-code'
import { validateSubmission } from '../responses/validate-submission'
import { loadSurveyLink } from './load-survey-link'
import { surveyCodeParamSchema } from './params'

// A device clock a little ahead is tolerated; further ahead, the server's time is used.
const MAX_CLOCK_AHEAD_MS = 5 * 60_000

const route = createRoute({
  method: 'post',
  path: '/surveys/{code}/responses',
  summary: 'Send one anonymous response (idempotent by clientId; no login)',
  request: {
    params: surveyCodeParamSchema,
    body: { content: { 'application/json': { schema: responseSubmissionSchema } }, required: true },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: responseAcceptedSchema } } },
    200: { description: 'Already stored (a replay of the same clientId)', content: { 'application/json': { schema: responseAcceptedSchema } } },
    400: { description: 'Invalid against the questionnaire version; `error.fields` names each field' },
    410: { description: 'Revoked link, closed campaign or outside its period' },
    429: { description: 'A kiosk sent answers closer together than its interval' },
  },
})

export function postResponse(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const survey = await loadSurveyLink(ctx, c.req.valid('param').code)
    c.set('answerChannel', survey.channel)
    const submission = c.req.valid('json')
    const content = validateSubmission(survey.questionnaire.definition, submission)
    const now = Date.now()
    const deviceTime = submission.answeredAt ? Date.parse(submission.answeredAt) : now
    const result = await ctx.responseWriter.submit({
      clientId: submission.clientId,
      link: { id: survey.linkId, channel: survey.channel },
      campaignId: survey.campaign.id,
      agencyId: survey.agency.id,
      questionnaireId: survey.questionnaire.id,
      answeredAt: new Date(deviceTime > now + MAX_CLOCK_AHEAD_MS ? now : deviceTime),
      receiptHash: submission.receiptCode ? hashReceiptCode(submission.receiptCode) : null,
      content,
    })
    const receipt = submission.receiptCode ? 'verified' : 'none'
    return c.json({ id: result.id, clientId: submission.clientId.toLowerCase(), receipt } as const, result.created ? 201 : 200)
  })
}
