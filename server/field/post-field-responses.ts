import { createRoute } from '@hono/zod-openapi'
import { fieldBatchAcceptedSchema, fieldResponseBatchSchema } from '../../shared/field/schemas'
import { requireDeviceSession } from '../device-sessions/middleware'
import type { AppContext } from '../http/context'
import { ApiError, type FieldProblems, forbidden, summarize } from '../http/errors'
import { createRouter } from '../http/router'
import { answerTime } from '../responses/answer-clock'
import { maskPersonalData } from '../responses/mask-personal-data'
import { type ValidatedAnswers, validateSubmission } from '../responses/validate-submission'

export function postFieldResponses(ctx: AppContext) {
  const route = createRoute({
    method: 'post',
    path: '/responses',
    summary: 'Send interviews of one campaign unit recorded by a surveyor’s device (idempotent by clientId)',
    middleware: [requireDeviceSession(ctx)] as const,
    request: { body: { content: { 'application/json': { schema: fieldResponseBatchSchema } }, required: true } },
    responses: {
      201: { description: 'Stored (some answers may be replays), flagged or not', content: { 'application/json': { schema: fieldBatchAcceptedSchema } } },
      200: { description: 'All already stored (a replay)', content: { 'application/json': { schema: fieldBatchAcceptedSchema } } },
      400: { description: 'An answer is invalid against the questionnaire; `error.fields` names each field (`responses.N.answers.key`); nothing is stored' },
      401: { description: 'No device session, or one revoked or expired (`device_session_revoked`, `device_session_expired`); nothing is stored' },
      403: { description: 'The surveyor is not on the campaign’s team, or the unit is not in the campaign' },
      410: { description: 'The campaign is not open' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { campaignId, agencyId, responses } = c.req.valid('json')
    const surveyor = c.var.user
    const onTeam = await ctx.db
      .selectFrom('campaign_team')
      .select('user_id')
      .where('campaign_id', '=', campaignId)
      .where('user_id', '=', surveyor.id)
      .executeTakeFirst()
    if (!onTeam) throw forbidden('You are not on this campaign’s survey team')
    const unit = await ctx.db
      .selectFrom('campaign_units')
      .innerJoin('campaigns', 'campaigns.id', 'campaign_units.campaign_id')
      .select(['campaigns.status', 'campaigns.questionnaire_id'])
      .where('campaign_units.campaign_id', '=', campaignId)
      .where('campaign_units.agency_id', '=', agencyId)
      .executeTakeFirst()
    if (!unit) throw forbidden('This unit is not part of the campaign')
    if (unit.status !== 'open') throw new ApiError(410, 'survey_closed', 'This campaign is not open for answers')
    const { definition, id: questionnaireId } = (await ctx.questionnaires.row(ctx.db, unit.questionnaire_id))!

    // Every answer is checked before any is stored: a batch with a bad answer stores nothing.
    const problems: FieldProblems = {}
    const contents: ValidatedAnswers[] = []
    responses.forEach((submission, index) => {
      try {
        contents.push(validateSubmission(definition, submission))
      } catch (error) {
        if (!(error instanceof ApiError) || !error.problems) throw error
        for (const [field, problem] of Object.entries(error.problems)) problems[`responses.${index}.${field}`] = problem
      }
    })
    if (Object.keys(problems).length) throw new ApiError(400, 'validation_failed', `Invalid answers: ${summarize(problems)}`, problems)

    const receivedAt = new Date()
    const origin = { channel: 'interview', surveyorId: surveyor.id, organisationId: surveyor.organisationId } as const
    const results = await Promise.all(
      responses.map(async (submission, index) => {
        const time = answerTime(submission.answeredAt ? new Date(submission.answeredAt) : undefined, receivedAt, c.var.deviceSession.createdAt)
        const validated = contents[index]!
        // personal data is masked out of the comment, as out of a citizen's own or a paper form's
        const masked = validated.comment === null ? null : maskPersonalData(validated.comment)
        const result = await ctx.responseWriter.submit({
          clientId: submission.clientId,
          origin,
          campaignId,
          agencyId,
          questionnaireId,
          answeredAt: time.at,
          receivedAt,
          clockFlag: time.flag,
          receiptHash: null,
          content: { ...validated, comment: masked?.text ?? null },
          commentMasks: masked?.total ?? 0,
          // no feedback case: the interviewed citizen leaves with no follow-up code to read its answer (paper forms open none either)
          feedbackCase: null,
        })
        if (result.created && masked) ctx.metrics.countCommentMasks(masked.counts)
        return result
      }),
    )
    const body = { responses: results.map((result, index) => ({ id: result.id, clientId: responses[index]!.clientId, receipt: 'none' as const })) }
    return c.json(body, results.some((result) => result.created) ? 201 : 200)
  })
}
