import { sql, type Transaction } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import type { CaseTrigger } from './case-trigger'
import { newFollowUpCode } from './follow-up-code'

export interface NewFeedbackCase extends CaseTrigger {
  responseId: number
  campaignId: number
  agencyId: number
  dueOn: string
}

/**
 * Opens the cases of freshly stored answers, in the answers' transaction; returns response id →
 * follow-up code. A code already taken (one in a trillion) is drawn again.
 */
export async function insertFeedbackCases(trx: Transaction<DatabaseSchema>, cases: NewFeedbackCase[]): Promise<Map<number, string>> {
  const codes = new Map<number, string>()
  let pending = cases
  while (pending.length > 0) {
    const stored = await trx
      .insertInto('feedback_cases')
      .values(
        pending.map((c) => ({
          response_id: c.responseId,
          campaign_id: c.campaignId,
          agency_id: c.agencyId,
          code: newFollowUpCode(),
          requested: c.requested,
          dissatisfied: c.dissatisfied,
          // the hour only, like the answer's own time
          opened_at: sql<Date>`date_trunc('hour', now())`,
          due_on: c.dueOn,
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .returning(['response_id', 'code'])
      .execute()
    for (const row of stored) codes.set(row.response_id, row.code)
    pending = pending.filter((c) => !codes.has(c.responseId))
  }
  return codes
}
