import type { Updateable } from 'kysely'
import { endpoints } from '../../shared/api/endpoints'
import type { FeedbackCase } from '../../shared/cases/schemas'
import { recordAudit } from '../audit/record-audit'
import type { FeedbackCase as FeedbackCaseTable } from '../db/schema/feedback-case'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { fieldError } from '../http/errors'
import { createRouter } from '../http/router'
import { findCaseForStaff } from './find-case'

const route = endpointRoute(endpoints.cases.update, {
  summary: 'Change a case’s status, public reply or internal note (audited)',
  returns: 'The case as changed',
  errors: { 400: 'A bad field (`error.fields` names it); `answered` needs a public reply', 403: 'Another unit’s case', 404: 'No such case' },
})

const blankToNull = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() || null)

export function updateCase(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const body = c.req.valid('json')
    const before = await findCaseForStaff(ctx, c.var.user, id)
    const next = { status: body.status ?? before.status, publicReply: blankToNull(body.publicReply), internalNote: blankToNull(body.internalNote) }
    const reply = next.publicReply === undefined ? before.publicReply : next.publicReply
    if (next.status === 'answered' && reply === null) throw fieldError('publicReply', 'required', 'is required to mark the case answered')

    const changes: Partial<Record<keyof FeedbackCase, { from: unknown; to: unknown }>> = {}
    const set: Updateable<FeedbackCaseTable> = {}
    if (next.status !== before.status) {
      changes.status = { from: before.status, to: next.status }
      set.status = next.status
      // The first answer dates the reply; a case reopened and answered again keeps that date.
      if (next.status === 'answered' && before.answeredAt === null) set.answered_at = new Date()
    }
    if (next.publicReply !== undefined && next.publicReply !== before.publicReply) {
      changes.publicReply = { from: before.publicReply, to: next.publicReply }
      set.public_reply = next.publicReply
    }
    if (next.internalNote !== undefined && next.internalNote !== before.internalNote) {
      changes.internalNote = { from: before.internalNote, to: next.internalNote }
      set.internal_note = next.internalNote
    }
    if (Object.keys(changes).length > 0) {
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('feedback_cases')
          .set({ ...set, updated_at: new Date() })
          .where('id', '=', id)
          .execute()
        await recordAudit(trx, { userId: c.var.user.id, action: 'update', entity: 'feedback_case', entityId: id, details: changes })
      })
    }
    return c.json(await findCaseForStaff(ctx, c.var.user, id), 200)
  })
}
