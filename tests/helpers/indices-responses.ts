import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import type { ResponseChannel } from '../../shared/responses/channels'

export interface TestResponse {
  answers: Record<string, number | null>
  overall?: number | null
  gaveFeedback?: boolean | null
  expectations?: string[]
  demographics?: Record<string, string>
  channel?: ResponseChannel
  flagged?: boolean
  /** Comma-separated reasons of a flagged response (default `burst`). */
  flagReason?: string
  linkId?: number
  verified?: boolean
  submittedHour?: Date
  comment?: string | null
  serviceField?: string | null
}

/** Stores responses and queues them for the rollups in one transaction, as the collection write path does. */
export async function insertResponses(
  db: Kysely<DatabaseSchema>,
  target: { campaignId: number; agencyId: number; questionnaireId: number },
  responses: TestResponse[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < responses.length; start += 500) {
      const rows = await trx
        .insertInto('responses')
        .values(
          responses.slice(start, start + 500).map((r) => ({
            client_id: randomUUID(),
            campaign_id: target.campaignId,
            agency_id: target.agencyId,
            questionnaire_id: target.questionnaireId,
            link_id: r.linkId ?? null,
            channel: r.channel ?? 'kiosk',
            submitted_hour: r.submittedHour ?? new Date('2026-03-02T03:00:00Z'),
            answers: JSON.stringify(r.answers),
            overall: r.overall ?? null,
            gave_feedback: r.gaveFeedback ?? null,
            expectations: r.expectations ?? [],
            perceptions: '{}',
            demographics: JSON.stringify(r.demographics ?? {}),
            service_field: r.serviceField ?? null,
            comment: r.comment ?? null,
            flag_reason: r.flagged ? (r.flagReason ?? 'burst') : null,
            flagged: r.flagged ?? false,
            verified: r.verified ?? false,
          })),
        )
        .returning(['id', 'campaign_id'])
        .execute()
      await trx
        .insertInto('rollup_pending')
        .values(rows.map((r) => ({ response_id: r.id, campaign_id: r.campaign_id })))
        .execute()
    }
  })
}

/** `count` copies of a response. */
export function times(count: number, response: TestResponse): TestResponse[] {
  return Array.from({ length: count }, () => ({ ...response }))
}
